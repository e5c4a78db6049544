// Dates as people read them, in the candidate's zone (Intl, no library: the first screen stays small).
export function when(iso: string, zone: string): string {
  return new Date(iso).toLocaleString('en-US', {
    timeZone: zone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

export function day(iso: string, zone: string): string {
  return new Date(iso).toLocaleDateString('en-US', { timeZone: zone, weekday: 'long', month: 'long', day: 'numeric' });
}

export const KIND_NAMES: Record<string, string> = {
  'thank-you': 'Thank-you note',
  'check-in': 'Check-in',
  'follow-up': 'Follow-up',
  'offer-notice': 'Offer notice',
  'gracious-close': 'Gracious reply',
  'move-on': 'Time to move on',
};

export const CHANNEL_NAMES: Record<string, string> = {
  email: 'by email',
  mail: 'by post',
  phone: 'by phone',
  portal: 'through their portal',
  none: '',
};
