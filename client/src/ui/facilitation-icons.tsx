import { Icon } from './icons';

/** Icons of the facilitator's console, on the same 24px grid as the rest. */
export const RunSheetIcon = () => (
  <Icon>
    <path d="M9 6h11M9 12h11M9 18h11" />
    <circle cx="4.5" cy="6" r="1.2" />
    <circle cx="4.5" cy="12" r="1.2" />
    <circle cx="4.5" cy="18" r="1.2" />
  </Icon>
);

export const PlayIcon = () => (
  <Icon>
    <path d="M8 5.5v13l10.5-6.5z" />
  </Icon>
);

export const PauseIcon = () => (
  <Icon>
    <path d="M8.5 5.5v13M15.5 5.5v13" />
  </Icon>
);

export const StopIcon = () => (
  <Icon>
    <rect x="6.5" y="6.5" width="11" height="11" rx="1.5" />
  </Icon>
);

export const NextIcon = () => (
  <Icon>
    <path d="M6 5.5l9 6.5-9 6.5zM18 5.5v13" />
  </Icon>
);

export const PreviousIcon = () => (
  <Icon>
    <path d="M18 5.5L9 12l9 6.5zM6 5.5v13" />
  </Icon>
);

export const PlusMinuteIcon = () => (
  <Icon>
    <circle cx="12" cy="13" r="7.5" />
    <path d="M12 9.5v7M8.5 13h7M9.5 2.5h5" />
  </Icon>
);

export const SummonIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="3" />
    <path d="M12 2.5v4M12 17.5v4M2.5 12h4M17.5 12h4" />
  </Icon>
);

export const FollowIcon = () => (
  <Icon>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M2.5 20c.8-3.6 3.4-5.5 6.5-5.5s5.7 1.9 6.5 5.5M16 8h6M19 5l3 3-3 3" />
  </Icon>
);

export const EditIcon = () => (
  <Icon>
    <path d="M4 20h4L19 9l-4-4L4 16z" />
  </Icon>
);

export const SkipIcon = () => (
  <Icon>
    <path d="M4 12h12M12 7l5 5-5 5M20 5v14" />
  </Icon>
);

export const GripIcon = () => (
  <Icon>
    <circle cx="9" cy="6" r="1" />
    <circle cx="15" cy="6" r="1" />
    <circle cx="9" cy="12" r="1" />
    <circle cx="15" cy="12" r="1" />
    <circle cx="9" cy="18" r="1" />
    <circle cx="15" cy="18" r="1" />
  </Icon>
);

export const SoundIcon = () => (
  <Icon>
    <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4zM16 9a4 4 0 010 6M18.5 6.5a7.5 7.5 0 010 11" />
  </Icon>
);
