import { tokenize } from './highlight';

interface Props {
  value: string;
  onChange: (value: string) => void;
  testId: string;
  rows?: number;
  placeholder?: string;
  invalid?: boolean;
}

/** A textarea over a highlighted copy of its text: the text is transparent, the caret and the colours show. */
export function ExpressionInput({ value, onChange, testId, rows = 2, placeholder, invalid }: Props) {
  return (
    <div className={`expression-input${invalid ? ' invalid' : ''}`}>
      <pre aria-hidden="true" className="expression-highlight">
        {tokenize(value).map((token, i) => (
          <span key={i} className={`tok-${token.kind}`}>{token.text}</span>
        ))}
        {'\n'}
      </pre>
      <textarea
        data-testid={testId}
        value={value}
        rows={rows}
        spellCheck={false}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
