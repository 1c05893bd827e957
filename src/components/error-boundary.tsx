import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** Names the region in the fallback, e.g. "The filters". */
  region: string
  children: ReactNode
  /** When any of these change (say, the URL), a failed region tries to render again. */
  resetKeys?: readonly unknown[]
}

interface State {
  error: Error | null
}

/** Keeps one broken region from blanking the page; the rest stays usable. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.region} failed to render`, error, info.componentStack)
  }

  componentDidUpdate(previous: Props) {
    if (this.state.error && !sameKeys(previous.resetKeys, this.props.resetKeys)) {
      this.setState({ error: null })
    }
  }

  render() {
    if (!this.state.error) return this.props.children
    return (
      // Its button is styled from this one class too (styles/controls.css).
      <div role="alert" className="region-error">
        <p className="font-medium">{this.props.region} could not be shown.</p>
        <p className="mt-1 text-red-800 dark:text-red-200">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    )
  }
}

function sameKeys(a: readonly unknown[] = [], b: readonly unknown[] = []): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]))
}
