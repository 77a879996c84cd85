export function TagsPage() {
  return <h1>TagsPage</h1>;
}
