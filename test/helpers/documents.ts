// The interview record the channel tests share: Dana Reyes, in Chicago, interviewed at Acme on Monday,
// January 5, 2026. Tests that need a different panel or history reuse the candidate and application
// header and write only what differs.

/** Dana, the candidate in every channel test. */
export const DANA = { name: 'Dana Reyes', email: 'dana@example.test', timezone: 'America/Chicago', country: 'US' };

/** Her application at Acme, without its interviews. */
export const ACME = { id: 'acme', company: 'Acme Logistics', role: 'Senior Accountant' };

/** When the Acme interview took place. */
export const ACME_INTERVIEW_AT = '2026-01-05T10:00:00-06:00';

/** The whole document: the Acme interview with two interviewers who have email addresses. */
export const ACME_DOC = {
  version: 1,
  candidate: DANA,
  applications: [
    {
      ...ACME,
      interviews: [
        {
          at: ACME_INTERVIEW_AT,
          interviewers: [
            {
              name: 'Maria Chen',
              title: 'Controller',
              email: 'maria.chen@acme.example',
              topics: ['the month-end close'],
            },
            { name: 'Sam Ortiz', title: 'CFO', email: 'sam.ortiz@acme.example', topics: ['the audit'] },
          ],
          nextSteps: { expected: 'by next week' },
        },
      ],
    },
  ],
};
