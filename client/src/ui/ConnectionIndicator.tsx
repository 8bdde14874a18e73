import { useT } from '../i18n/use-t';
import { useConnection } from '../sync/hooks';

/** The live connection state, announced politely when it changes. */
export function ConnectionIndicator() {
  const t = useT();
  const { status } = useConnection();
  return (
    <div className="connection" role="status" data-status={status}>
      <span className="connection-dot" aria-hidden="true" />
      <span>{t(`connection.${status}`)}</span>
    </div>
  );
}
