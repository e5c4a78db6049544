// Calendar: the plan as a feed a calendar program can subscribe to (its address carries a secret token,
// so keep it to yourself), or as a file to import once.
import { useShell } from '../shell.js';

export default function Calendar() {
  const { session } = useShell();
  const feed = `${location.origin}${session.calendarPath}`;
  return (
    <>
      <h1>Calendar</h1>
      <p>Put every step of your plan in your calendar, with a reminder before each one.</p>
      <h2>Subscribe</h2>
      <p>
        Add this address to a calendar program on this computer. It updates as your plan changes, while Followthrough is
        running. Anyone with the address can read your plan: keep it private.
      </p>
      <label>
        Subscription address
        <input readOnly value={feed} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <h2>Download</h2>
      <p>
        <a class="button" href="/api/calendar.ics" download>
          Download the calendar file (.ics)
        </a>
      </p>
    </>
  );
}
