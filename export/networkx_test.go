package export_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/export"
	"github.com/rolemodel/rolemodel/onet"
)

// requireNetworkX is the environment variable .ci/run sets to make
// TestNetworkX fail, rather than skip, where networkx cannot be imported.
const requireNetworkX = "ROLEMODEL_REQUIRE_NETWORKX"

// python returns a Python 3 interpreter that can import networkx: python3
// on PATH, or else Debian's /usr/bin/python3 (where apt's python3-networkx
// installs it when PATH's python3 is another installation).
func python(t *testing.T) string {
	t.Helper()
	var tried []string
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		path, err := exec.LookPath(p)
		if err != nil {
			tried = append(tried, p+": not found")
			continue
		}
		out, err := exec.Command(path, "-c", "import networkx").CombinedOutput()
		if err == nil {
			return path
		}
		tried = append(tried, path+": "+string(bytes.TrimSpace(out)))
	}
	msg := "no python3 that can import networkx (install Debian's python3-networkx; .ci/run does): " + fmtTried(tried)
	if os.Getenv(requireNetworkX) == "1" {
		t.Fatal(msg + " and " + requireNetworkX + "=1 says it must be there")
	}
	t.Skip(msg)
	return ""
}

func fmtTried(tried []string) string {
	b, _ := json.Marshal(tried)
	return string(b)
}

// networkxView is what testdata/paths.py writes.
type networkxView struct {
	Version  string                    `json:"networkx"`
	Directed bool                      `json:"directed"`
	Nodes    int                       `json:"nodes"`
	Edges    int                       `json:"edges"`
	Titles   map[string]string         `json:"titles"`
	Lengths  map[string]map[string]int `json:"lengths"`
}

// TestNetworkX writes the career graph as GraphML, has networkx read it,
// and checks that networkx sees the same roles, titles and moves and finds
// the same fewest-move path length between every two roles as the library,
// on the default catalog and on O*NET 20.3 (the copy in
// examples/onetpaths).
func TestNetworkX(t *testing.T) {
	py := python(t)
	onet20, err := onet.LoadDir(filepath.Join("..", "examples", "onetpaths", "testdata", "onet-20.3"))
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		c    *rolemodel.Catalog
		// every is the stride of the (from, to) pairs also checked with
		// ShortestPath; Reachable checks every pair.
		every int
	}{
		{"default", rolemodel.Default(), 1},
		{"onet-20.3", onet20, 97},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), tc.name+".graphml")
			f, err := os.Create(file)
			require.NoError(t, err)
			require.NoError(t, export.WriteGraphML(f, tc.c))
			require.NoError(t, f.Close())

			cmd := exec.Command(py, filepath.Join("testdata", "paths.py"), file)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			require.NoError(t, err, "paths.py: %s", stderr.String())
			var nx networkxView
			require.NoError(t, json.Unmarshal(out, &nx))
			t.Logf("networkx %s read %d nodes, %d edges", nx.Version, nx.Nodes, nx.Edges)

			g := tc.c.Graph()
			require.True(t, nx.Directed)
			require.Equal(t, tc.c.NumRoles(), nx.Nodes)
			require.Equal(t, g.Size(), nx.Edges, "every move is an edge, parallel ones included")
			for r := range tc.c.Roles() {
				assert.Equal(t, r.Title, nx.Titles[string(r.ID)], "title of %s", r.ID)
			}

			pairs, checked := 0, 0
			for from := range g.Roles() {
				want := nx.Lengths[string(from)]
				got := map[string]int{}
				for id, moves := range g.Reachable(from) {
					got[string(id)] = moves
				}
				require.Equal(t, want, got, "fewest moves from %s", from)
				for to := range g.Roles() {
					pairs++
					if pairs%tc.every != 0 {
						continue
					}
					checked++
					p, err := g.ShortestPath(from, to)
					if n, ok := want[string(to)]; ok {
						require.NoError(t, err)
						require.Equal(t, n, p.Moves(), "%s to %s", from, to)
					} else {
						var npe *career.NoPathError
						require.True(t, errors.As(err, &npe), "%s to %s: networkx finds no path, the library %v", from, to, err)
					}
				}
			}
			t.Logf("%d roles: every reachable set and length equal; %d of %d pairs also checked with ShortestPath", nx.Nodes, checked, pairs)
		})
	}
}
