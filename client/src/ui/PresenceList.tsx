import { usePeople } from '../sync/hooks';
import { useSession } from '../sync/session-context';
import { useT } from '../i18n/use-t';
import { initials } from './initials';

/** Avatars shown before the rest collapse into "+N"; everyone stays in the screen-reader list. */
const VISIBLE_AVATARS = 6;

/** Who is here: coloured initials (names on hover) and a list screen readers read out in full. */
export function PresenceList() {
  const t = useT();
  const people = usePeople();
  const { presence } = useSession();
  const hidden = people.length - VISIBLE_AVATARS;
  return (
    <section className="presence" aria-label={t('presence.title')}>
      <ul className="avatars">
        {people.map((person, i) => {
          const self = person.id === presence.self.id;
          const label = self ? t('presence.you', { name: person.name }) : person.name;
          const role = t(`role.${person.role}`);
          return (
            <li
              key={person.id}
              className={i < VISIBLE_AVATARS ? 'avatar-item' : 'avatar-item collapsed'}
              title={`${label} · ${role}`}
            >
              <span className="avatar" style={{ background: person.color }} aria-hidden="true">
                {initials(person.name)}
              </span>
              <span className="sr-only">
                <span>{label}</span>
                <span>, {role}</span>
              </span>
            </li>
          );
        })}
        {hidden > 0 && (
          <li className="avatar-item" aria-hidden="true">
            <span className="avatar avatar-more">+{hidden}</span>
          </li>
        )}
      </ul>
      <span className="presence-count">{t('presence.count', { count: people.length })}</span>
    </section>
  );
}
