import type { MessageKey } from '@werkplaats/shared';
import { useMemo, useRef } from 'react';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { Minimap } from '../canvas/Minimap';
import { useCommandState } from '../commands/command-state';
import type { CommandContext } from '../commands/types';
import { useClipboard } from '../commands/use-clipboard';
import { useCommandShortcuts } from '../commands/use-command-shortcuts';
import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import type { FatalReason } from '../sync/connection';
import { useConnection } from '../sync/hooks';
import { useSession } from '../sync/session-context';
import { TemplatePicker } from '../templates/TemplatePicker';
import { useFollowBehaviour } from '../facilitation/use-follow';
import { BoardHeader } from '../ui/BoardHeader';
import { CommandButton } from '../ui/CommandButton';
import { CommentsPanel } from '../ui/CommentsPanel';
import { ExportBoardButton } from '../ui/ExportDialog';
import { CommentIcon, OutlineIcon } from '../ui/icons';
import { OutlinePanel } from '../outline/OutlinePanel';
import { FacilitatorConsole } from '../ui/FacilitatorConsole';
import { RunSheetIcon } from '../ui/facilitation-icons';
import { FollowBanner } from '../ui/FollowBanner';
import { PrivateModeBanner } from '../ui/PrivateModeBanner';
import { ContextToolbar } from '../ui/ContextToolbar';
import { HelpDialog } from '../ui/HelpDialog';
import { MessagePage } from '../ui/MessagePage';
import { SessionTimer } from '../ui/SessionTimer';
import { StickyHint } from '../ui/StickyHint';
import { Toasts } from '../ui/Toasts';
import { Toolbar } from '../ui/Toolbar';
import { VotePanel } from '../ui/VotePanel';
import { VoteResults } from '../ui/VoteResults';
import { ZoomControls } from '../ui/ZoomControls';
import { useFrameContentOnFirstSync, useSelectionUpkeep } from './board-effects';
import { COVERS_CANVAS, useCoveredInsets } from '../canvas/covered-insets';

const FATAL_MESSAGES: Record<FatalReason, MessageKey> = {
  notFound: 'board.notFound',
  loadFailed: 'board.loadFailed',
  unauthorized: 'board.unauthorized',
};

/** The board screen's layout: canvas, floating panels, and the keyboard. */
export function BoardView({ title }: { title: string }) {
  const t = useT();
  const session = useSession();
  const context = useMemo<CommandContext>(() => ({ session, store: useBoardStore }), [session]);
  const state = useCommandState(session.readOnly, session.facilitator);
  const { fatal } = useConnection();
  const consoleOpen = useBoardStore((s) => s.consoleOpen);
  const commentsOpen = useBoardStore((s) => s.commentsOpen);
  const outlineOpen = useBoardStore((s) => s.outlineOpen);
  useCommandShortcuts(context);
  useClipboard(context);
  useSelectionUpkeep(context);
  useFrameContentOnFirstSync(context);
  useFollowBehaviour(context);
  const mainRef = useRef<HTMLElement>(null);
  useCoveredInsets(mainRef, useBoardStore.getState().setCoveredInsets);

  if (fatal) return <MessagePage message={FATAL_MESSAGES[fatal]} />;
  return (
    <div className="board-screen">
      <BoardHeader
        title={title}
        readOnly={session.readOnly}
        actions={
          <>
            <CommandButton command="view.outline" context={context} state={state} pressed={outlineOpen}>
              <OutlineIcon />
            </CommandButton>
            <CommandButton command="comments.toggle" context={context} state={state} pressed={commentsOpen}>
              <CommentIcon />
            </CommandButton>
            {session.facilitator && <ExportBoardButton />}
            {session.facilitator && (
              <CommandButton
                command="facilitation.console"
                context={context}
                state={state}
                pressed={consoleOpen}
                className="secondary-button console-toggle"
              >
                <RunSheetIcon />
                {t('facilitation.console.open')}
              </CommandButton>
            )}
          </>
        }
      />
      <main className="board-main" ref={mainRef}>
        <BoardCanvas context={context} />
        {!session.readOnly && <Toolbar context={context} state={state} />}
        <ContextToolbar context={context} state={state} />
        <ZoomControls context={context} state={state} />
        <Minimap />
        <StickyHint />
        <div className="session-bar" {...COVERS_CANVAS}>
          <SessionTimer />
          <FollowBanner />
          <PrivateModeBanner />
          <VotePanel />
        </div>
        <VoteResults />
        {session.facilitator && consoleOpen && (
          <FacilitatorConsole context={context} state={state} title={title} />
        )}
        {commentsOpen && <CommentsPanel context={context} />}
        {outlineOpen && <OutlinePanel context={context} />}
        <Toasts />
        <HelpDialog />
        {!session.readOnly && <TemplatePicker context={context} />}
      </main>
    </div>
  );
}
