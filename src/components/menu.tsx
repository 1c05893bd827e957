import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type Dispatch,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  type SetStateAction,
} from 'react'

interface MenuProps {
  /** The trigger's accessible name, e.g. "Actions for tag production". */
  label: string
  /** What the trigger shows; `label` is its name for assistive technology. */
  trigger: ReactNode
  triggerClassName: string
  /** Menu items: elements with role="menuitem" or "menuitemcheckbox" (see `menuItemClasses`). */
  children: ReactNode
  align?: 'start' | 'end'
  /** Keep the menu open when a checkbox item is toggled (for choosers). */
  stayOpenOnCheck?: boolean
  title?: string
}

const ITEM_SELECTOR = '[role="menuitem"],[role="menuitemcheckbox"]'
const MENU_WIDTH_GUESS = 224

/** Classes for an item inside a Menu. */
export const menuItemClasses =
  'flex w-full items-center gap-2 rounded px-2.5 py-1.5 text-left text-sm text-slate-700 outline-none hover:bg-slate-100 focus:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 dark:focus:bg-slate-800'

type Position = { top: number; left: number }

/**
 * A menu button (WAI-ARIA menu pattern): arrows move between items, Escape closes and returns
 * focus to the trigger. The panel is `position: fixed` so a scrolling table cannot clip it.
 * A closed menu is its button alone: tables hold hundreds of menus (one per chip), so the
 * panel's refs, effects and listeners exist only while it is open.
 */
export function Menu({
  label,
  trigger,
  triggerClassName,
  children,
  align = 'start',
  stayOpenOnCheck = false,
  title,
}: MenuProps) {
  const [position, setPosition] = useState<Position | null>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const menuId = useId()
  const open = position !== null

  const close = useCallback((returnFocus: boolean) => {
    setPosition(null)
    if (returnFocus) triggerRef.current?.focus()
  }, [])

  const openMenu = () => {
    const rect = triggerRef.current?.getBoundingClientRect()
    if (!rect) return
    const left = align === 'end' ? rect.right - MENU_WIDTH_GUESS : rect.left
    setPosition({ top: rect.bottom + 4, left: Math.max(8, left) })
  }

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        aria-label={label}
        title={title ?? label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        className={triggerClassName}
        onClick={(event) => {
          event.stopPropagation()
          if (open) close(false)
          else openMenu()
        }}
        onKeyDown={(event) => {
          // Enter on the trigger must not also reach a focusable row around it.
          if (event.key === 'Enter' || event.key === ' ') event.stopPropagation()
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault()
            openMenu()
          }
        }}
      >
        {trigger}
      </button>
      {position && (
        <MenuPanel
          id={menuId}
          label={label}
          position={position}
          setPosition={setPosition}
          triggerRef={triggerRef}
          close={close}
          stayOpenOnCheck={stayOpenOnCheck}
        >
          {children}
        </MenuPanel>
      )}
    </>
  )
}

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
function MenuPanel({
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
