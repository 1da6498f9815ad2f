/**
 * Where the browser keeps drafts the server has not confirmed (components/editor/local-copy.ts),
 * apart from that module so that the sign-out button can clear them without loading the editor.
 * Every key starts with the prefix: sign-out finds them all.
 */
const PREFIX = "budget-portal:draft:";

export interface LocalCopyKeys {
  /** The copy being written as the editor types. */
  current: string;
  /** A copy from an older revision, waiting for the editor's decision. */
  offered: string;
}

export function localCopyKeys(userId: number, versionId: number): LocalCopyKeys {
  const current = `${PREFIX}${userId}:${versionId}`;
  return { current, offered: `${current}:older` };
}

/** The keys of every copy this browser holds, whoever wrote them. */
export function allLocalCopyKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}
