import { useQuery } from '@tanstack/react-query'
import { buttonClasses } from '../../components/button.tsx'
import { SIGN_OUT_PATH } from '../../../contract/auth.ts'
import { meQuery } from './me-query.ts'

/**
 * Who is signed in, and the way out: a plain form POST, so sign-out works the same with or
 * without the app's script, and the server ends the session for good.
 */
export function AccountMenu() {
  const { data: user } = useQuery(meQuery)
  if (!user) return null
  return (
    <form method="post" action={SIGN_OUT_PATH} className="ml-auto flex min-w-0 items-center gap-2">
      {/* Phones have no room for an e-mail address beside the title: the button names it. */}
      <span
        className="hidden min-w-0 truncate text-sm text-slate-600 sm:inline dark:text-slate-300"
        title={`Signed in as ${user.name}`}
      >
        {user.name}
      </span>
      <button
        type="submit"
        className={buttonClasses('ghost', 'sm')}
        title={`Signed in as ${user.name}`}
      >
        Sign out
      </button>
    </form>
  )
}
