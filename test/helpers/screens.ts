// Every screen of the web app with a way to reach it on the example's store, for the accessibility scan and
// the screenshots: the route, and the heading that says it has loaded.
export interface ScreenVisit {
  name: string;
  route: string;
  heading: RegExp;
}

/** `steps` are plan step ids of the example as of the serve's clock (a thank-you and a check-in). */
export function screens(steps: { thankYou: string; checkIn: string }): ScreenVisit[] {
  const q = (id: string) => `step=${encodeURIComponent(id)}`;
  return [
    { name: 'today', route: '#/today', heading: /^Today$/ },
    { name: 'board', route: '#/board', heading: /^Board$/ },
    { name: 'application', route: '#/app/acme', heading: /Acme Logistics/ },
    { name: 'add-interview', route: '#/add', heading: /^Add an interview$/ },
    { name: 'draft', route: `#/draft?${q(steps.thankYou)}`, heading: /^Thank-you note to/ },
    { name: 'call-script', route: `#/script?${q(steps.checkIn)}`, heading: /^Call / },
    { name: 'replies', route: '#/replies', heading: /^Replies$/ },
    { name: 'calendar', route: '#/calendar', heading: /^Calendar$/ },
    { name: 'settings', route: '#/settings', heading: /^Data and settings$/ },
  ];
}

/** The example's steps to open: Maria's thank-you and Globex's check-in, from `plan --json`. */
export function exampleSteps(planJson: string): { thankYou: string; checkIn: string } {
  const steps = (JSON.parse(planJson) as { steps: Array<{ id: string; kind: string; application: string }> }).steps;
  const thankYou = steps.find((s) => s.application === 'acme' && s.kind === 'thank-you')?.id;
  const checkIn = steps.find((s) => s.kind === 'check-in')?.id;
  if (!thankYou || !checkIn) throw new Error('the example has no thank-you or check-in step');
  return { thankYou, checkIn };
}
