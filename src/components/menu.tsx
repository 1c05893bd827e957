import { useCallback, useId, useRef, useState, type ReactNode } from 'react'
import { lazyWithPreload } from '../lib/lazy-with-preload.tsx'
import type { Position } from './menu-panel.tsx'

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

const MENU_WIDTH_GUESS = 224

/** Classes for an item inside a Menu. */
export const menuItemClasses =
  'flex w-full items-center gap-2 rounded px-2.5 py-1.5 text-left text-sm text-slate-700 outline-none hover:bg-slate-100 focus:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 dark:focus:bg-slate-800'

// The open panel's code comes when a menu is about to be opened: most visits open none.
const { Component: MenuPanel, intent } = lazyWithPreload(() => import('./menu-panel.tsx'), null)

/**
 * A menu button (WAI-ARIA menu pattern): arrows move between items, Escape closes and returns
 * focus to the trigger. The panel is `position: fixed` so a scrolling table cannot clip it.
 * A closed menu is its button alone: tables hold hundreds of menus (one per chip), so the
 * panel's refs, effects and listeners exist only while it is open, and its code only once a
 * menu is about to open.
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
        {...intent}
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
