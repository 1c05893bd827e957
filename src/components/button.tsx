import type { ButtonHTMLAttributes } from 'react'

export type ButtonVariant = 'primary' | 'secondary' | 'ghost'
export type ButtonSize = 'sm' | 'md' | 'icon'

/**
 * The classes of a button, for links that should look like one: `btn` and one rule of each of
 * variant and size (src/styles/controls.css), where a page holds dozens of buttons.
 */
export function buttonClasses(variant: ButtonVariant = 'secondary', size: ButtonSize = 'md') {
  return `btn btn-${variant} btn-${size}`
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant
  size?: ButtonSize
}

export function Button({
  variant = 'secondary',
  size = 'md',
  className = '',
  type = 'button',
  ...props
}: ButtonProps) {
  const classes = buttonClasses(variant, size)
  return (
    <button type={type} className={className ? `${classes} ${className}` : classes} {...props} />
  )
}
