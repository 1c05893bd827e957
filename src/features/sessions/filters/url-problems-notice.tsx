import { memo } from 'react'
import { Notice } from '../../../components/notice.tsx'
import type { UrlProblem } from '../search-params.ts'

const SHOWN = 5

interface UrlProblemsNoticeProps {
  problems: readonly UrlProblem[]
  onDismiss: () => void
}

/** Says what a hand-edited link carried that was ignored, and why. Nothing when it was clean. */
export const UrlProblemsNotice = memo(function UrlProblemsNotice({
  problems,
  onDismiss,
}: UrlProblemsNoticeProps) {
  if (!problems.length) return null
  const hidden = problems.length - SHOWN
  return (
    <Notice
      title="Some parts of this link were ignored"
      onDismiss={onDismiss}
      dismissLabel="Dismiss the note about the link"
    >
      <ul className="list-disc space-y-0.5 pl-4 break-words">
        {problems.slice(0, SHOWN).map((problem) => (
          <li key={`${problem.param}\n${problem.message}`}>
            <code className="font-mono text-[0.8125rem]">{problem.param || '(no name)'}</code>{' '}
            {problem.message}
          </li>
        ))}
      </ul>
      {hidden > 0 ? <p className="mt-1">…and {hidden} more.</p> : null}
    </Notice>
  )
})
