import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router';
import { api, ApiError } from '../../platform/api';
import { CLARES_LAW_FORCES, claresLawForce, QUICK_EXIT_URL } from './clares-law-forces';
import { QuickExit } from './QuickExit';
import './public-form.css';

type Receipt = { received: true; reference: string | null; message: string };

const FIELDS = {
  force: 'Police force',
  applicantName: 'Your full name',
  applyingFor: 'Who you are asking for',
  relationship: 'Your relationship to the person you are worried about',
  phone: 'Phone number',
  email: 'Email address',
  safeContactNote: 'How we can contact you safely',
  subjectName: 'Name of the person you are worried about',
  subjectDetails: 'Anything else that helps us identify them',
  concern: 'What worries you',
  consent: 'Agreement',
} as const;
type Field = keyof typeof FIELDS;

/**
 * Clare's Law right to ask: a public, plain, accessible form with no sign-in (STANDARDS §8). The applicant chooses
 * the force (`?force=` preselects one), and can leave at once — "Leave this page" or Esc — for a neutral site.
 */
export function PublicClaresLawPage() {
  const [params] = useSearchParams();
  const [values, setValues] = useState<Record<string, string>>(() => ({ applyingFor: 'myself', force: claresLawForce(params.get('force')).id }));
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [sending, setSending] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const force = claresLawForce(values.force ?? null);
  /** Wipes what was typed from the page first, then swaps this page for the neutral one (no way Back to it). */
  const leave = useCallback(() => {
    flushSync(() => {
      setLeaving(true);
      setValues({});
      setConsent(false);
      setErrors({});
      setReceipt(null);
    });
    window.location.replace(QUICK_EXIT_URL);
  }, []);
  const set = (name: string) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [name]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setFailure(null);
    const body: Record<string, unknown> = { consent };
    for (const [k, v] of Object.entries(values)) if (v.trim()) body[k] = v.trim();
    try {
      setReceipt(await api<Receipt>('/public/clares-law', { body }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        setErrors(error.fieldErrors() as Partial<Record<Field, string>>);
      } else {
        setFailure(error instanceof ApiError && error.status === 429
          ? 'Too many requests have been sent from this connection. Please wait 15 minutes and try again, or call 101.'
          : 'Sorry, there is a problem with the service. Please try again later, or call 101.');
      }
    } finally {
      setSending(false);
    }
  };

  const group = (name: Field, input: ReactNode, hint?: string) => (
    <div className={`pf-group${errors[name] ? ' pf-error' : ''}`}>
      <label htmlFor={name}>{FIELDS[name]}</label>
      {hint && <p className="pf-hint" id={`${name}-hint`}>{hint}</p>}
      {errors[name] && <p className="pf-error-message" id={`${name}-error`}><span className="pf-hidden">Error:</span> {errors[name]}</p>}
      {input}
    </div>
  );
  const describedBy = (name: Field, hint = false) => [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

  if (leaving) return <div className="pf" />;
  return (
    <div className="pf">
      <div className="pf-top">
        <header className="pf-header">{force.name}</header>
        <QuickExit onExit={leave} />
      </div>
      <main className="pf-main" id="main">
        {receipt ? (
          <>
            <div className="pf-panel" role="status">
              <h1 style={{ margin: 0 }}>Request received</h1>
              {receipt.reference && <strong>Your reference: {receipt.reference}</strong>}
            </div>
            <p>{receipt.message}</p>
            <p>If you are in danger now, call 999. If you cannot speak, press 55 when asked.</p>
          </>
        ) : (
          <>
            <h1>Ask about a partner’s history of abuse (Clare’s Law)</h1>
            <p>You can ask the police whether your partner, or the partner of someone you know, has a record of abusive or violent behaviour.</p>
            <div className="pf-warning"><strong>If you are in danger now, call 999.</strong> This form is not for emergencies.</div>
            <p className="pf-hint" id="leave-hint">To leave this page quickly, select “Leave this page” at the top or press the Esc key. This does not remove the page from your browser history.</p>
            {Object.keys(errors).length > 0 && (
              <div className="pf-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
                <h2 id="error-summary-title" style={{ marginTop: 0 }}>There is a problem</h2>
                <ul>
                  {Object.entries(errors).map(([k, m]) => (
                    <li key={k}><a href={`#${k}`}>{FIELDS[k as Field] ?? k}: {m}</a></li>
                  ))}
                </ul>
              </div>
            )}
            {failure && <div className="pf-summary" role="alert">{failure}</div>}
            <form onSubmit={submit} noValidate aria-label="Clare’s Law request" autoComplete="off">
              {group('force', (
                <select id="force" value={force.id} onChange={set('force')} aria-describedby={describedBy('force', true)}>
                  {CLARES_LAW_FORCES.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
                </select>
              ), 'Choose the force for the area where you live. If you are asking about someone else, you can choose the force where they live.')}
              <h2>About you</h2>
              {group('applicantName', <input type="text" id="applicantName" autoComplete="name" value={values.applicantName ?? ''} onChange={set('applicantName')} aria-describedby={describedBy('applicantName')} />)}
              <fieldset className={`pf-group${errors.applyingFor ? ' pf-error' : ''}`} style={{ border: 0, padding: 0 }}>
                <legend>{FIELDS.applyingFor}</legend>
                <div className="pf-radios">
                  <div><input type="radio" id="applyingFor" name="applyingFor" value="myself" checked={values.applyingFor === 'myself'} onChange={set('applyingFor')} /><label htmlFor="applyingFor">I am asking about my own partner</label></div>
                  <div><input type="radio" id="applyingFor-other" name="applyingFor" value="someone_else" checked={values.applyingFor === 'someone_else'} onChange={set('applyingFor')} /><label htmlFor="applyingFor-other">I am worried about someone else</label></div>
                </div>
              </fieldset>
              {group('relationship', <input type="text" id="relationship" value={values.relationship ?? ''} onChange={set('relationship')} aria-describedby={describedBy('relationship', true)} />, 'For example: “my partner of 6 months” or “my sister’s boyfriend”.')}
              {group('phone', <input type="tel" id="phone" autoComplete="tel" value={values.phone ?? ''} onChange={set('phone')} aria-describedby={describedBy('phone', true)} />, 'Give a phone number or an email address, or both.')}
              {group('email', <input type="email" id="email" autoComplete="email" value={values.email ?? ''} onChange={set('email')} aria-describedby={describedBy('email')} />)}
              {group('safeContactNote', <input type="text" id="safeContactNote" value={values.safeContactNote ?? ''} onChange={set('safeContactNote')} aria-describedby={describedBy('safeContactNote', true)} />, 'Tell us when and how it is safe to contact you, for example “text only, weekdays after 6pm”.')}
              <h2>About the person you are worried about</h2>
              {group('subjectName', <input type="text" id="subjectName" value={values.subjectName ?? ''} onChange={set('subjectName')} aria-describedby={describedBy('subjectName')} />)}
              {group('subjectDetails', <input type="text" id="subjectDetails" value={values.subjectDetails ?? ''} onChange={set('subjectDetails')} aria-describedby={describedBy('subjectDetails', true)} />, 'For example their age, date of birth or the town they live in.')}
              {group('concern', <textarea id="concern" value={values.concern ?? ''} onChange={set('concern')} aria-describedby={describedBy('concern', true)} />, 'Tell us what has happened or what worries you.')}
              {/* A field people never see: automated senders fill it and their request is dropped. */}
              <div className="pf-hidden" aria-hidden="true">
                <label htmlFor="website">Leave this empty</label>
                <input type="text" id="website" tabIndex={-1} autoComplete="off" value={values.website ?? ''} onChange={set('website')} />
              </div>
              <div className={`pf-group pf-check${errors.consent ? ' pf-error' : ''}`}>
                {errors.consent && <p className="pf-error-message" id="consent-error">{errors.consent}</p>}
                <input type="checkbox" id="consent" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} aria-describedby={errors.consent ? 'consent-error' : undefined} />
                <label htmlFor="consent">I agree that the police may contact me about this request and check the information I have given</label>
              </div>
              <button type="submit" disabled={sending}>Send request</button>
            </form>
          </>
        )}
      </main>
    </div>
  );
}
