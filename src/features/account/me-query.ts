import { queryOptions } from '@tanstack/react-query'
import { readObject } from '../../lib/coerce.ts'
import { getJson } from '../../lib/http.ts'
import { ME_PATH, type SignedInUser } from '../../../contract/auth.ts'

/** Who is signed in; null when the server runs without sign-in (loopback, the dev server). */
export const meQuery = queryOptions({
  queryKey: ['me'] as const,
  queryFn: async ({ signal }): Promise<SignedInUser | null> => {
    const user = readObject(readObject(await getJson(ME_PATH, signal))?.user)
    if (typeof user?.name !== 'string') return null
    return { name: user.name, method: user.method === 'sso' ? 'sso' : 'password' }
  },
  staleTime: Infinity,
})
