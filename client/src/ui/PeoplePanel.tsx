import { useCallback, useEffect, useState } from 'react';
import {
  getAttendance,
  listPeople,
  removePerson,
  type Attendance,
  type Network,
  type Person,
} from '../api/networks';
import { useT } from '../i18n/use-t';

/** Everyone who joined, their role, and per session whether they were there (attendance). */
export function PeoplePanel({ network }: { network: Network }) {
  const t = useT();
  const [people, setPeople] = useState<Person[]>([]);
  const [attendance, setAttendance] = useState<Attendance[]>([]);

  const reload = useCallback(() => {
    Promise.all([listPeople(network.id), getAttendance(network.id)]).then(
      ([p, a]) => {
        setPeople(p);
        setAttendance(a);
      },
      () => undefined,
    );
  }, [network.id]);
  useEffect(reload, [reload]);

  const attended = new Set(attendance.map((a) => `${a.sessionId}\u0000${a.userId}`));
  return (
    <section className="panel card" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('people.heading')}</h2>
      {people.length === 0 ? (
        <p className="muted">{t('people.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="sr-only">{t('people.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.role')}</th>
                {network.sessions.map((session) => (
                  <th scope="col" key={session.id}>
                    {session.title}
                  </th>
                ))}
                <th scope="col">
                  <span className="sr-only">{t('invite.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id} className={person.hasAccess ? undefined : 'is-gone'}>
                  <th scope="row">
                    {person.name}
                    {person.organisation && <span className="muted"> · {person.organisation}</span>}
                  </th>
                  <td>
                    {t(`role.${person.role}`)}
                    {!person.hasAccess && ` (${t('people.noAccess')})`}
                  </td>
                  {network.sessions.map((session) => (
                    <td key={session.id}>
                      {attended.has(`${session.id}\u0000${person.id}`) ? (
                        <span role="img" aria-label={t('people.present')}>
                          ✓
                        </span>
                      ) : (
                        <span role="img" aria-label={t('people.absent')}>
                          –
                        </span>
                      )}
                    </td>
                  ))}
                  <td>
                    {person.hasAccess && (
                      <button
                        type="button"
                        className="secondary-button danger"
                        onClick={() => {
                          if (window.confirm(t('people.removeConfirm', { name: person.name }))) {
                            void removePerson(network.id, person.id).then(reload);
                          }
                        }}
                      >
                        {t('people.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
