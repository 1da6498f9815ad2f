"use client";
/**
 * On load, what the browser kept of this draft (local-copy.ts): restored when it is the unsaved
 * rest of the revision the server still has; otherwise set aside and offered, with a way to take
 * it, download it or discard it — never applied silently over what was saved since.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { decideRestore, localCopyKeys, readLocalCopy, removeLocalCopy, writeLocalCopy, type LocalCopy } from "./local-copy";

interface Notices {
  restored: LocalCopy | null;
  offered: LocalCopy | null;
}

export function useLocalRestore(options: {
  enabled: boolean;
  userId: number;
  versionId: number;
  revision: number;
  document: DisclosureDocument;
  apply: (copy: LocalCopy) => void;
}) {
  const { enabled, userId, versionId } = options;
  const keys = useMemo(() => localCopyKeys(userId, versionId), [userId, versionId]);
  const [checked, setChecked] = useState(false);
  const [notices, setNotices] = useState<Notices>({ restored: null, offered: null });
  // The server's revision and document as the page was loaded: what a copy is compared with.
  const loaded = useRef({ revision: options.revision, document: options.document, apply: options.apply });

  useEffect(() => {
    if (!enabled || checked) return;
    const server = loaded.current;
    const current = readLocalCopy(keys.current, server.document);
    const decision = decideRestore(current, server);
    if (decision === "offer" && current) writeLocalCopy(keys.offered, current);
    removeLocalCopy(keys.current); // restored, set aside, or worth nothing
    let offered = readLocalCopy(keys.offered, server.document);
    const offeredDecision = decideRestore(offered, server);
    if (offeredDecision === "none" || offeredDecision === "same") {
      removeLocalCopy(keys.offered);
      offered = null;
    }
    const restored = decision === "restore" ? current : null;
    if (restored) server.apply(restored);
    // Storage is only readable once the page runs in the browser, after hydration: so in an effect.
    setNotices({ restored, offered });
    setChecked(true);
  }, [enabled, checked, keys]);

  return {
    /** The key to keep the copy under, once the copy found on load has been dealt with. */
    localKey: enabled && checked ? keys.current : null,
    notices,
    take(copy: LocalCopy) {
      removeLocalCopy(keys.offered);
      loaded.current.apply(copy);
      setNotices({ restored: copy, offered: null });
    },
    discard() {
      removeLocalCopy(keys.offered);
      setNotices((n) => ({ ...n, offered: null }));
    },
  };
}

const when = (iso: string) => new Date(iso).toLocaleString("zh-CN", { hour12: false });
const BUTTON = "rounded border border-stone-600 bg-white px-3 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100";

function download(copy: LocalCopy, versionId: number) {
  const blob = new Blob([JSON.stringify(copy, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement("a"), { href: url, download: `draft-${versionId}-local-copy.json` });
  link.click();
  URL.revokeObjectURL(url);
}

export function LocalCopyNotices(props: {
  notices: Notices;
  versionId: number;
  onTake: (copy: LocalCopy) => void;
  onDiscard: () => void;
}) {
  const { restored, offered } = props.notices;
  return (
    <>
      {restored && (
        <p role="status" data-testid="local-restored" className="rounded border border-blue-800 bg-blue-50 p-3 text-sm text-blue-950">
          已恢复本浏览器中尚未保存到服务器的修改（{when(restored.at)}），将自动保存。
        </p>
      )}
      {offered && (
        <div role="alert" data-testid="local-offer" className="rounded border-2 border-amber-800 bg-amber-50 p-3 text-amber-950">
          <p className="font-semibold">本浏览器中还有一份 {when(offered.at)} 未保存到服务器的修改。</p>
          <p className="mt-1 text-sm">
            服务器上的草稿在那之后已被保存过（可能在其他窗口，或由同事保存），为免覆盖，这份修改没有自动采用。页面上显示的是服务器上的最新内容。
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className={BUTTON} onClick={() => props.onTake(offered)}>
              采用本机修改（覆盖服务器上的内容）
            </button>
            <button type="button" className={BUTTON} onClick={() => download(offered, props.versionId)}>
              下载本机修改
            </button>
            <button type="button" className={BUTTON} onClick={props.onDiscard}>
              放弃本机修改
            </button>
          </div>
        </div>
      )}
    </>
  );
}
