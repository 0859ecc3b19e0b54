/** The product's mark: a yellow star on red, as in the favicon. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" role="img" aria-label="dangbo">
      <rect width="32" height="32" rx="6" fill="#b91c1c" />
      <path d="M16 6l2.6 6.2 6.7.5-5.1 4.4 1.6 6.5L16 20.1l-5.8 3.5 1.6-6.5-5.1-4.4 6.7-.5z" fill="#facc15" />
    </svg>
  );
}
