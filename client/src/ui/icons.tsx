import type { ReactNode } from 'react';

/** Line icons on a 24px grid, drawn in the current text colour. Decorative: buttons carry the names. */
export function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const SelectIcon = () => (
  <Icon>
    <path d="M5 3.5l13 7.2-5.6 1.5-2.6 5.3z" />
    <path d="M12.4 12.2l4.4 5.3" />
  </Icon>
);

export const StickyIcon = () => (
  <Icon>
    <path d="M5 4h14v10l-6 6H5z" />
    <path d="M13 20v-6h6" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M9 14L4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 010 11H11" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="M15 14l5-5-5-5" />
    <path d="M20 9H9.5a5.5 5.5 0 000 11H13" />
  </Icon>
);

export const PlusIcon = () => (
  <Icon>
    <path d="M12 5v14M5 12h14" />
  </Icon>
);

export const MinusIcon = () => (
  <Icon>
    <path d="M5 12h14" />
  </Icon>
);

export const FitIcon = () => (
  <Icon>
    <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
    <rect x="8.5" y="8.5" width="7" height="7" rx="1" />
  </Icon>
);

export const TrashIcon = () => (
  <Icon>
    <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon>
    <path d="M6 6l12 12M18 6L6 18" />
  </Icon>
);

export const EyeIcon = () => (
  <Icon>
    <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" />
    <circle cx="12" cy="12" r="3" />
  </Icon>
);

export const HandIcon = () => (
  <Icon>
    <path d="M8 13V6.5a1.5 1.5 0 013 0V12M11 11V5a1.5 1.5 0 013 0v6M14 11V6.5a1.5 1.5 0 013 0V14a6 6 0 01-6 6h-.5a6 6 0 01-4.6-2.2L3.6 15a1.5 1.5 0 012.3-1.9L8 15" />
  </Icon>
);

export const TextIcon = () => (
  <Icon>
    <path d="M5 6V4.5h14V6M12 4.5v15M9 19.5h6" />
  </Icon>
);

export const RectangleIcon = () => (
  <Icon>
    <rect x="4" y="6" width="16" height="12" rx="1.5" />
  </Icon>
);

export const EllipseIcon = () => (
  <Icon>
    <ellipse cx="12" cy="12" rx="8.5" ry="6.5" />
  </Icon>
);

export const DiamondIcon = () => (
  <Icon>
    <path d="M12 3.5l8.5 8.5-8.5 8.5L3.5 12z" />
  </Icon>
);

export const FrameIcon = () => (
  <Icon>
    <path d="M7 3v18M17 3v18M3 7h18M3 17h18" />
  </Icon>
);

export const ConnectorIcon = () => (
  <Icon>
    <path d="M5 19L19 5M12 5h7v7" />
  </Icon>
);

export const PenIcon = () => (
  <Icon>
    <path d="M4 20l1.2-4.6L16 4.6a2 2 0 012.8 0l.6.6a2 2 0 010 2.8L8.6 18.8z" />
    <path d="M14.5 6l3.5 3.5" />
  </Icon>
);

export const HelpIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9" />
    <path d="M9.5 9.5a2.5 2.5 0 114 2c-.9.6-1.5 1.1-1.5 2.3M12 17h.01" />
  </Icon>
);

export const DuplicateIcon = () => (
  <Icon>
    <rect x="8" y="8" width="12" height="12" rx="2" />
    <path d="M16 8V5a1 1 0 00-1-1H5a1 1 0 00-1 1v10a1 1 0 001 1h3" />
  </Icon>
);

export const LockIcon = () => (
  <Icon>
    <rect x="5" y="10.5" width="14" height="10" rx="2" />
    <path d="M8 10.5V7a4 4 0 018 0v3.5" />
  </Icon>
);

export const ForwardIcon = () => (
  <Icon>
    <rect x="9" y="9" width="11" height="11" rx="1.5" />
    <path
      d="M15 9V5.5A1.5 1.5 0 0013.5 4h-8A1.5 1.5 0 004 5.5v8A1.5 1.5 0 005.5 15H9"
      strokeDasharray="2 2.2"
    />
  </Icon>
);

export const BackwardIcon = () => (
  <Icon>
    <rect x="4" y="4" width="11" height="11" rx="1.5" />
    <path
      d="M15 9h3.5A1.5 1.5 0 0120 10.5v8a1.5 1.5 0 01-1.5 1.5h-8A1.5 1.5 0 019 18.5V15"
      strokeDasharray="2 2.2"
    />
  </Icon>
);

export const ChevronIcon = () => (
  <Icon>
    <path d="M8 10l4 4 4-4" />
  </Icon>
);

/** The app's mark: two overlapping notes. */
export const LogoMark = () => (
  <svg className="logo-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
    <rect x="3" y="5" width="20" height="20" rx="2" fill="#fff3a3" stroke="#1f2328" strokeWidth="1.5" />
    <rect x="10" y="9" width="19" height="19" rx="2" fill="#c3ddff" stroke="#1f2328" strokeWidth="1.5" />
  </svg>
);

export const TemplateIcon = () => (
  <Icon>
    <rect x="3.5" y="3.5" width="17" height="17" rx="2" />
    <path d="M3.5 9h17M9 9v11.5" />
  </Icon>
);

export const ImageIcon = () => (
  <Icon>
    <rect x="3.5" y="5" width="17" height="14" rx="2" />
    <circle cx="9" cy="10" r="1.6" />
    <path d="M4 17l5-4.5 3.5 3 3-2.5 4.5 4" />
  </Icon>
);

export const CommentIcon = () => (
  <Icon>
    <path d="M5 5h14a1 1 0 011 1v9a1 1 0 01-1 1h-8l-4.5 3.5V16H5a1 1 0 01-1-1V6a1 1 0 011-1z" />
  </Icon>
);

export const OutlineIcon = () => (
  <Icon>
    <path d="M9 6.5h11M9 12h11M9 17.5h11" />
    <path d="M4.5 6.5h.01M4.5 12h.01M4.5 17.5h.01" strokeWidth="2.6" />
  </Icon>
);

export const MinimapIcon = () => (
  <Icon>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <rect x="11" y="11" width="7" height="5" rx="1" />
  </Icon>
);

/** A box with its corners on the dots of a grid. */
export const GridIcon = () => (
  <Icon>
    <path d="M5 19h.01M12 19h.01M19 19h.01M19 12h.01M19 5h.01" strokeWidth="2.6" />
    <rect x="5" y="5" width="7" height="7" rx="1" />
  </Icon>
);

export const GroupIcon = () => (
  <Icon>
    <path d="M3 7V3h4M17 3h4v4M21 17v4h-4M7 21H3v-4" />
    <rect x="7" y="7" width="6" height="6" rx="1" />
    <rect x="11" y="11" width="6" height="6" rx="1" />
  </Icon>
);

export const UngroupIcon = () => (
  <Icon>
    <rect x="4" y="4" width="7" height="7" rx="1" />
    <rect x="13" y="13" width="7" height="7" rx="1" />
  </Icon>
);
