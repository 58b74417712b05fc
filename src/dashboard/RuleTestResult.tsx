import type { RulesTestReply } from '../content/rules-test';
import { plural } from '../ui/plural';

/** What candidate rules found on the open tab: how many posts, and the first ones as read. */
export function RuleTestResult({ result }: { result: RulesTestReply }) {
  const unread = result.containers - result.posts;
  return (
    <div class="rules-result">
      <p data-testid="rules-test-count">
        {plural(result.posts, 'post')} found on {result.tabUrl}
        {unread > 0 &&
          ` (${unread} more matched the container but could not be read: no author name, or no permalink the id pattern matches)`}
      </p>
      {result.sample.length > 0 && (
        <table aria-label="Posts found on the open tab">
          <thead>
            <tr>
              <th>Key</th>
              <th>Author</th>
              <th>Headline</th>
              <th>Text</th>
            </tr>
          </thead>
          <tbody>
            {result.sample.map((p) => (
              <tr key={p.key}>
                <td>{p.key}</td>
                <td>{p.authorName}</td>
                <td>{p.authorHeadline}</td>
                <td class="text">{p.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
