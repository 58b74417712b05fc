// The sample post of the guide's bar demo: a verdict as the classifier gives one for such a post
// (an HCP by title and credential, a peer question, a possible adverse event), built here so the
// guide carries no classifier and stores nothing.
import type { Annotation, PostView } from '../db/records';
import type { AnnotationPatch } from '../messages/schemas';
import { t } from '../shared/i18n';

export const DEMO_KEY = 'demo:onboarding';

export function demoView(): PostView {
  return {
    post: {
      key: DEMO_KEY,
      platform: 'linkedin',
      url: '',
      authorName: '',
      authorHandle: '',
      authorHeadline: t('onboarding_demoAuthor'),
      authorProfileUrl: '',
      text: t('onboarding_demoPost'),
      promoted: false,
      context: '',
      authorKey: DEMO_KEY,
      verdict: {
        isHcp: true,
        hcpConfidence: 0.94,
        signals: [
          { kind: 'hcp', label: t('onboarding_demoSignalTitle'), weight: 3 },
          { kind: 'hcp', label: t('onboarding_demoSignalCredential'), weight: 2.5 },
        ],
        specialty: 'cardiology',
        trainee: false,
        industry: false,
        category: 'collaborating',
        categoryScores: {
          collaborating: 0.62,
          communicating: 0.08,
          connecting: 0.05,
          creating: 0.17,
          catalyzing: 0.03,
          none: 0.05,
        },
        ae: true,
      },
      firstSeenAt: '2026-01-01T00:00:00.000Z',
      lastSeenAt: '2026-01-01T00:00:00.000Z',
      sessionIds: [],
    },
    annotation: null,
  };
}

/** What a patch does to the demo's annotation, as the background would apply it (in memory only). */
export function applyDemoPatch(view: PostView, patch: AnnotationPatch): PostView {
  const base: Annotation = view.annotation ?? {
    key: view.post.key,
    category: null,
    tags: [],
    flagged: false,
    note: '',
    collections: [],
    annotatedAt: '',
    sessionId: 0,
  };
  return { ...view, annotation: { ...base, ...patch } };
}

/** The user's mark on the sample author (null gives the decision back to the verdict). */
export function applyDemoMark(view: PostView, mark: boolean | null): PostView {
  const { authorMarked: _, ...verdict } = view.post.verdict;
  const marked = mark === null ? { isHcp: true } : { isHcp: mark, authorMarked: mark };
  return { ...view, post: { ...view.post, verdict: { ...verdict, ...marked } } };
}
