import { useT } from '../i18n/use-t';
import { useBoardStore } from '../store/board-store';
import { CloseIcon } from './icons';

/** Short notices (a refused change, for instance), read out by screen readers as they appear. */
export function Toasts() {
  const t = useT();
  const toasts = useBoardStore((state) => state.toasts);
  const dismiss = useBoardStore((state) => state.dismissToast);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className="panel toast">
          <p>{t(toast.key, toast.vars)}</p>
          <button
            type="button"
            className="icon-button"
            aria-label={t('toast.dismiss')}
            onClick={() => dismiss(toast.id)}
          >
            <CloseIcon />
          </button>
        </div>
      ))}
    </div>
  );
}
