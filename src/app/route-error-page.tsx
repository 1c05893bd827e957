import { Link, useRouteError } from 'react-router'

/** The last line of defence: something failed outside every region's own boundary. */
export function RouteErrorPage() {
  const error = useRouteError()
  const message = error instanceof Error ? error.message : 'Unknown error'
  return (
    <div role="alert" className="mx-auto max-w-md py-20 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{message}</p>
      <Link to="/" className="mt-6 inline-block text-indigo-600 underline dark:text-indigo-400">
        Back to sessions
      </Link>
    </div>
  )
}
