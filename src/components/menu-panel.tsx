import {
  useEffect,
  useLayoutEffect,
  useRef,
  type Dispatch,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  type SetStateAction,
} from 'react'

/** Where the open panel is, in viewport pixels (it is `position: fixed`). */
export type Position = { top: number; left: number }

const ITEM_SELECTOR = '[role="menuitem"],[role="menuitemcheckbox"]'

interface MenuPanelProps {
  id: string
  label: string
  position: Position
  setPosition: Dispatch<SetStateAction<Position | null>>
  triggerRef: RefObject<HTMLButtonElement | null>
  close: (returnFocus: boolean) => void
  stayOpenOnCheck: boolean
  children: ReactNode
}

/** The open menu: kept on screen, closed by a click outside, a scroll or a resize. */
export default function MenuPanel({
  id,
  label,
  position,
  setPosition,
  triggerRef,
  close,
  stayOpenOnCheck,
  children,
}: MenuPanelProps) {
  const menuRef = useRef<HTMLDivElement>(null)

  // Keep the panel on screen once its real size is known.
  useLayoutEffect(() => {
    const menu = menuRef.current
    if (!menu) return
    const rect = menu.getBoundingClientRect()
    const maxLeft = window.innerWidth - rect.width - 8
    const trigger = triggerRef.current?.getBoundingClientRect()
    const flipUp = rect.bottom > window.innerHeight - 8 && trigger && trigger.top > rect.height + 8
    if (rect.left > maxLeft || flipUp) {
      setPosition({
        left: Math.max(8, Math.min(position.left, maxLeft)),
        top: flipUp ? trigger.top - rect.height - 4 : position.top,
      })
    }
    menu.querySelector<HTMLElement>(ITEM_SELECTOR)?.focus({ preventScroll: true })
  }, [position, setPosition, triggerRef])

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menuRef.current?.contains(target) && !triggerRef.current?.contains(target)) close(false)
    }
    // A scroll elsewhere (the page, or the browser keeping the view steady as content above
    // grows) moves the trigger: the panel follows it, and closes only once it is out of view.
    let anchor = triggerRef.current?.getBoundingClientRect()
    const onScroll = (event: Event) => {
      if (menuRef.current?.contains(event.target as Node)) return
      const moved = triggerRef.current?.getBoundingClientRect()
      if (!anchor || !moved || moved.bottom < 0 || moved.top > window.innerHeight) {
        return close(false)
      }
      const [dx, dy] = [moved.left - anchor.left, moved.top - anchor.top]
      anchor = moved
      if (dx || dy) setPosition((at) => at && { left: at.left + dx, top: at.top + dy })
    }
    const onResize = () => close(false)
    document.addEventListener('pointerdown', onPointerDown)
    window.addEventListener('scroll', onScroll, true)
    window.addEventListener('resize', onResize)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      window.removeEventListener('scroll', onScroll, true)
      window.removeEventListener('resize', onResize)
    }
  }, [close, setPosition, triggerRef])

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? [])]
    const index = items.indexOf(document.activeElement as HTMLElement)
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus()
    if (event.key === 'ArrowDown') focusAt(index + 1)
    else if (event.key === 'ArrowUp') focusAt(index - 1)
    else if (event.key === 'Home') focusAt(0)
    else if (event.key === 'End') focusAt(items.length - 1)
    else if (event.key === 'Escape') close(true)
    else if (event.key === 'Tab') close(false)
    else return
    if (event.key !== 'Tab') event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div
      ref={menuRef}
      id={id}
      role="menu"
      aria-label={label}
      style={{ top: position.top, left: position.left }}
      className="fixed z-50 max-h-80 min-w-48 overflow-auto rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
      onKeyDown={onMenuKeyDown}
      onClick={(event) => {
        event.stopPropagation()
        const item = (event.target as HTMLElement).closest(ITEM_SELECTOR)
        const isCheck = item?.getAttribute('role') === 'menuitemcheckbox'
        if (item && !(isCheck && stayOpenOnCheck)) close(true)
      }}
    >
      {children}
    </div>
  )
}
