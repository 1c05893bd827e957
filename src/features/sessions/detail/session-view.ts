import { readBoolean, readPath, readString } from '../../../lib/coerce.ts'
import type { SessionDetail } from '../api/session-detail.ts'
import type { Session } from '../api/session-model.ts'

/** Everything known about one session: the list item's fields and the detail endpoint's. */
export interface SessionView extends Omit<Session, 'userConfiguration'> {
  teamId: string | null
  configuration: Record<string, unknown> | null
  tokens: Record<string, unknown> | null
  stepRecords: unknown[] | null
  liveViewUrl: string | null
}

/**
 * Merges the two views. The detail endpoint is the fresher source for what both send; the
 * list item adds the rest. Without a list item, what the configuration tells (headless, proxy,
 * batch, profile, stealth) is still read from it.
 */
export function toSessionView(detail: SessionDetail, item: Session | null): SessionView {
  const configuration = detail.configuration ?? item?.userConfiguration ?? null
  const fromConfig = (path: string[]) => readPath(configuration, path)
  return {
    id: detail.id,
    status: detail.status ?? item?.status ?? null,
    tags: detail.tags ?? item?.tags ?? null,
    domains: item?.domains ?? null,
    headless: item?.headless ?? readBoolean(fromConfig(['browser', 'headless', 'active'])),
    recording: item?.recording ?? null,
    credits: item?.credits === 'running' ? 'running' : (detail.credits ?? item?.credits ?? null),
    proxyBytes: detail.proxyBytes ?? item?.proxyBytes ?? null,
    proxyType: item?.proxyType ?? readString(fromConfig(['proxy', 'type'])),
    steps: detail.steps ?? item?.steps ?? null,
    durationSeconds: detail.durationSeconds ?? item?.durationSeconds ?? null,
    createdAt: detail.createdAt ?? item?.createdAt ?? null,
    taskInitiated: item?.taskInitiated ?? null,
    taskExecutionsCount: item?.taskExecutionsCount ?? null,
    apiKeyName: item?.apiKeyName ?? null,
    browserIp: item?.browserIp ?? null,
    batchId: item?.batchId ?? readString(fromConfig(['session', 'batch_id'])),
    profileName: item?.profileName ?? readString(fromConfig(['browser', 'profile', 'name'])),
    extraStealth:
      item?.extraStealth ?? readBoolean(fromConfig(['browser', 'extra_stealth', 'active'])),
    playground: detail.playground ?? item?.playground ?? null,
    proxyActive: item?.proxyActive ?? readBoolean(fromConfig(['proxy', 'active'])),
    teamId: detail.teamId,
    configuration,
    tokens: detail.tokens,
    stepRecords: detail.stepRecords,
    liveViewUrl: detail.liveViewUrl,
  }
}
