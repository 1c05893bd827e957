/**
 * The bundle floor: a bare app using each library the dashboard's `/` loads eagerly, in the
 * same ways (router with a lazy route, queries with placeholder data and prefetch, a table with
 * column visibility whose paging is the URL's), so tree-shaking keeps comparable code. Only built by
 * bench/bundle-size.ts, never run.
 */
import {
  keepPreviousData,
  QueryClient,
  QueryClientProvider,
  queryOptions,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  tableFeatures,
  useTable,
} from '@tanstack/react-table'
import { StrictMode, useEffect, useId, useState } from 'react'
import { createRoot } from 'react-dom/client'
import {
  BrowserRouter,
  Link,
  Outlet,
  Route,
  Routes,
  useLocation,
  useNavigate,
  useParams,
} from 'react-router'

interface Row {
  id: string
}

const features = tableFeatures({
  columnVisibilityFeature,
  columnMeta: metaHelper<{ label: string }>(),
})
const helper = createColumnHelper<typeof features, Row>()
const columns = helper.columns([
  helper.accessor('id', {
    id: 'id',
    header: 'ID',
    meta: { label: 'ID' },
    cell: (c) => c.getValue(),
  }),
])

const rowsQuery = (page: number) =>
  queryOptions({
    queryKey: ['rows', page],
    queryFn: async ({ signal }) =>
      (await fetch(`/api?page=${page}`, { signal })).json() as Promise<Row[]>,
    placeholderData: keepPreviousData,
  })

function List() {
  const location = useLocation()
  const navigate = useNavigate()
  const page = Number(new URLSearchParams(location.search).get('page') ?? 1)
  const query = useQuery(rowsQuery(page))
  const queryClient = useQueryClient()
  const [columnVisibility, setColumnVisibility] = useState({})
  useEffect(() => void queryClient.prefetchQuery(rowsQuery(page + 1)), [queryClient, page])
  const table = useTable({
    features,
    columns,
    data: query.data ?? [],
    state: { columnVisibility },
    onColumnVisibilityChange: setColumnVisibility,
  })
  return (
    <table id={useId()}>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} onClick={() => void navigate(`?page=${page + 1}`)}>
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id}>
                <table.FlexRender cell={cell} />
                <Link to={`/rows/${row.id}`}>open</Link>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Detail() {
  return <p>{useParams().id}</p>
}

// Declarative routes, as the app uses them.
function AppRoutes() {
  return (
    <Routes>
      <Route element={<Outlet />}>
        <Route index element={<List />} />
        <Route path="rows/:id" element={<Detail />} />
      </Route>
    </Routes>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
)
