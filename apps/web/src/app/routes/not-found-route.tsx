import { NotFoundView } from '../../components/not-found';

export default function NotFoundRoute() {
  return <NotFoundView />;
}
