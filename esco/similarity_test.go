package esco_test

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

func req(id string, essential bool) skill.Requirement {
	return skill.Requirement{Skill: skill.ID(id), Essential: essential}
}

func TestSimilarity(t *testing.T) {
	a := []skill.Requirement{req("x", true), req("y", false)}
	tests := []struct {
		name string
		a, b []skill.Requirement
		want float64
	}{
		{"same", a, a, 1},
		{"disjoint", a, []skill.Requirement{req("z", true)}, 0},
		{"both empty", nil, nil, 0},
		{"one empty", a, nil, 0},
		// min: x 1 ; max: x 1, y 0.5
		{"subset", a, a[:1], 1 / 1.5},
		// min: x 0.5, y 0.5 ; max: x 1, y 0.5, z 1
		{"weights", a, []skill.Requirement{req("x", false), req("y", true), req("z", true)}, 1 / 3.0},
		{"repeat takes the higher weight", []skill.Requirement{req("x", false), req("x", true)}, []skill.Requirement{req("x", true)}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, esco.Similarity(tt.a, tt.b), 1e-15)
			assert.Equal(t, esco.Similarity(tt.a, tt.b), esco.Similarity(tt.b, tt.a), "symmetric")
		})
	}
}

// randomRoles returns n roles drawing skills from a pool of nskills, with a
// skewed popularity (a few skills in many roles, as ESCO's transversal
// skills are), about perRole skills each, half of them essential. The same
// seed gives the same roles.
func randomRoles(seed uint64, n, nskills, perRole int) []role.Role {
	rng := rand.New(rand.NewPCG(seed, 42))
	zipf := rand.NewZipf(rng, 1.1, 4, uint64(nskills-1))
	roles := make([]role.Role, n)
	for i := range roles {
		r := role.Role{ID: role.ID(fmt.Sprintf("r%05d", i))}
		// Roles cluster in sectors that share a band of skills.
		band := perRole * 5 / 4
		sector := rng.IntN(max(1, nskills/band))
		k := perRole/2 + rng.IntN(perRole+1)
		seen := map[int]bool{}
		for try := 0; len(r.Skills) < k && try < 4*k; try++ {
			var s int
			switch rng.IntN(4) {
			case 0:
				s = int(zipf.Uint64())
			default:
				s = (sector*band + rng.IntN(band)) % nskills
			}
			if seen[s] {
				continue
			}
			seen[s] = true
			r.Skills = append(r.Skills, req(fmt.Sprintf("s%05d", s), rng.IntN(2) == 0))
		}
		roles[i] = r
	}
	return roles
}

// bruteForce compares every pair with Similarity.
func bruteForce(roles []role.Role, threshold float64) map[role.ID][]esco.Neighbour {
	out := map[role.ID][]esco.Neighbour{}
	for _, a := range roles {
		ns := []esco.Neighbour{}
		for _, b := range roles {
			if a.ID == b.ID {
				continue
			}
			if s := esco.Similarity(a.Skills, b.Skills); s > 0 && s >= threshold {
				ns = append(ns, esco.Neighbour{Role: b.ID, Similarity: s})
			}
		}
		slices.SortFunc(ns, func(x, y esco.Neighbour) int {
			return cmp.Or(cmp.Compare(y.Similarity, x.Similarity), cmp.Compare(x.Role, y.Role))
		})
		out[a.ID] = ns
	}
	return out
}

func TestSimilaritiesMatchBruteForce(t *testing.T) {
	for seed := range uint64(20) {
		roles := randomRoles(seed, 5+int(seed)*4, 30+int(seed)*10, 8)
		if seed%5 == 0 {
			roles = append(roles, role.Role{ID: "no-skills"})
		}
		for _, threshold := range []float64{0, 0.1, 0.3, 0.4, 1, 1.1} {
			want := bruteForce(roles, threshold)
			got := map[role.ID][]esco.Neighbour{}
			var order []role.ID
			for id, ns := range esco.Similarities(slices.Values(roles), threshold) {
				got[id] = ns
				order = append(order, id)
			}
			require.Equal(t, want, got, "seed %d threshold %v", seed, threshold)
			assert.Len(t, order, len(roles), "every role once, in the order given")
		}
	}
}

func TestSimilaritiesStop(t *testing.T) {
	roles := randomRoles(1, 10, 20, 5)
	n := 0
	for range esco.Similarities(slices.Values(roles), 0) {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)
}

// Load's transitions are Similarities' neighbours, cut to MaxTransitions.
func TestTransitionsAreSimilarities(t *testing.T) {
	c := loadFixture(t, "v1.0", esco.Threshold(0.2), esco.MaxTransitions(2))
	for id, ns := range esco.Similarities(c.Roles(), 0.2) {
		r, _ := c.Role(id)
		require.LessOrEqual(t, len(r.Transitions), 2)
		require.Len(t, r.Transitions, min(2, len(ns)))
		for i, m := range r.Transitions {
			assert.Equal(t, ns[i].Role, m.To)
			assert.Equal(t, ns[i].Similarity, m.Index)
		}
	}
}

// Load computes transitions in parallel; they are Similarities' neighbours.
func TestLoadTransitionsGenerated(t *testing.T) {
	roles := randomRoles(7, 300, 600, 20)
	c, err := esco.Load(generatedDownload(roles, 600), esco.Threshold(0.2), esco.MaxTransitions(5))
	require.NoError(t, err)
	moves := 0
	for i, ns := range bruteForce(roles, 0.2) {
		r, ok := c.Role("esco-" + i)
		require.True(t, ok)
		require.Len(t, r.Transitions, min(5, len(ns)))
		for k, m := range r.Transitions {
			assert.Equal(t, "esco-"+ns[k].Role, m.To)
			assert.Equal(t, ns[k].Similarity, m.Index)
			moves++
		}
	}
	assert.Greater(t, moves, 300)
}

// Full-size data: ESCO has about 3,000 occupations, 13,500 skills and
// 120,000 occupation-skill relations.
const (
	fullOccupations = 3000
	fullSkills      = 13500
	fullPerRole     = 40
)

func BenchmarkSimilarities(b *testing.B) {
	roles := randomRoles(1, fullOccupations, fullSkills, fullPerRole)
	rels := 0
	for _, r := range roles {
		rels += len(r.Skills)
	}
	pairs := 0
	for _, ns := range esco.Similarities(slices.Values(roles), esco.DefaultThreshold) {
		pairs += len(ns)
	}
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, ns := range esco.Similarities(slices.Values(roles), esco.DefaultThreshold) {
			n += len(ns)
		}
		if n != pairs || n == 0 {
			b.Fatalf("%d similar pairs, then %d", pairs, n)
		}
	}
	// After the loop: b.Loop's first call deletes metrics reported before.
	b.ReportMetric(float64(rels), "relations")
	b.ReportMetric(float64(pairs), "pairs")
}

// generatedDownload writes full-size generated roles as an ESCO v1.1
// download.
func generatedDownload(roles []role.Role, nskills int) fstest.MapFS {
	var occ, sk, rel strings.Builder
	occ.WriteString("conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,description\n")
	sk.WriteString("conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n")
	rel.WriteString("occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel\n")
	for s := range nskills {
		fmt.Fprintf(&sk, "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s%05d,skill/competence,cross-sector,skill %d,\"alt %d\nother %d\",Does %d.\n", s, s, s, s, s)
	}
	for i, r := range roles {
		fmt.Fprintf(&occ, "Occupation,http://data.europa.eu/esco/occupation/%s,%d,occupation %d,\"alt %d\nanother %d\",,Works as %d.\n", r.ID, 1000+i%9000, i, i, i, i)
		for _, q := range r.Skills {
			typ := "optional"
			if q.Essential {
				typ = "essential"
			}
			fmt.Fprintf(&rel, "http://data.europa.eu/esco/occupation/%s,occupation %d,%s,skill/competence,http://data.europa.eu/esco/skill/%s,skill\n", r.ID, i, typ, q.Skill)
		}
	}
	return fstest.MapFS{
		esco.OccupationsFile: {Data: []byte(occ.String())},
		esco.SkillsFile:      {Data: []byte(sk.String())},
		esco.RelationsFile:   {Data: []byte(rel.String())},
	}
}

func BenchmarkLoadGenerated(b *testing.B) {
	fsys := generatedDownload(randomRoles(1, fullOccupations, fullSkills, fullPerRole), fullSkills)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := esco.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadReal(b *testing.B) {
	requireReal(b)
	fsys := fstest.MapFS{}
	for _, name := range []string{esco.OccupationsFile, esco.SkillsFileUS} {
		data, err := os.ReadFile(realDir + "/" + name)
		require.NoError(b, err)
		fsys[name] = &fstest.MapFile{Data: data}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := esco.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadHierarchyReal(b *testing.B) {
	requireReal(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := esco.ReadHierarchy(os.DirFS(realDir)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSimilaritiesAllPairs is the plain way to the answer of
// BenchmarkSimilarities, on the same data: each role's skills sorted once,
// then every pair merged. Run both side by side to see what the inverted
// index earns.
func BenchmarkSimilaritiesAllPairs(b *testing.B) {
	roles := randomRoles(1, fullOccupations, fullSkills, fullPerRole)
	want := 0
	for _, ns := range esco.Similarities(slices.Values(roles), esco.DefaultThreshold) {
		want += len(ns)
	}
	vecs := sortedVectors(roles)
	b.ReportAllocs()
	for b.Loop() {
		if n := allPairs(vecs, esco.DefaultThreshold); n != want {
			b.Fatalf("%d similar pairs, the index finds %d", n, want)
		}
	}
}

// BenchmarkSimilaritiesReal111 times, on ESCO v1.1.1's own relations (3,007
// occupations, 123,788 relations), the similarity of every pair at or above
// the default threshold: by the inverted index Similarities keeps, and by
// merging the sorted, numbered skills of each of the 4.5 million pairs once
// (the all-pairs baseline, on one core), in one run.
func BenchmarkSimilaritiesReal111(b *testing.B) {
	c, _ := loadReal111(b)
	roles := slices.Collect(c.Roles())
	want := 0
	for _, ns := range esco.Similarities(slices.Values(roles), esco.DefaultThreshold) {
		want += len(ns)
	}
	b.Run("index", func(b *testing.B) {
		b.ReportAllocs()
		start := cpuTime()
		for b.Loop() {
			n := 0
			for _, ns := range esco.Similarities(slices.Values(roles), esco.DefaultThreshold) {
				n += len(ns)
			}
			if n != want {
				b.Fatalf("%d similar pairs, then %d", want, n)
			}
		}
		reportCPU(b, start)
		b.ReportMetric(float64(want), "pairs")
	})
	b.Run("all-pairs", func(b *testing.B) {
		vecs := sortedVectors(roles)
		b.ReportAllocs()
		start := cpuTime()
		for b.Loop() {
			if n := allPairs(vecs, esco.DefaultThreshold); n != want {
				b.Fatalf("%d similar pairs, the index finds %d", n, want)
			}
		}
		reportCPU(b, start)
		b.ReportMetric(float64(want), "pairs")
	})
}

type weighted struct {
	id int32 // the skill, numbered
	w  int64
}

// sortedVectors returns each role's skills, numbered, with their weights
// in half units, sorted by number.
func sortedVectors(roles []role.Role) [][]weighted {
	num := map[skill.ID]int32{}
	vecs := make([][]weighted, len(roles))
	for i, r := range roles {
		for _, q := range r.Skills {
			id, ok := num[q.Skill]
			if !ok {
				id = int32(len(num))
				num[q.Skill] = id
			}
			w := int64(1)
			if q.Essential {
				w = 2
			}
			vecs[i] = append(vecs[i], weighted{id, w})
		}
		slices.SortFunc(vecs[i], func(x, y weighted) int { return cmp.Compare(x.id, y.id) })
	}
	return vecs
}

// allPairs counts the ordered pairs of distinct roles whose weighted
// Jaccard similarity is at least threshold, merging the sorted skills of
// each unordered pair once (the measure is symmetric).
func allPairs(vecs [][]weighted, threshold float64) int {
	n := 0
	for i := range vecs {
		for j := i + 1; j < len(vecs); j++ {
			x, y := vecs[i], vecs[j]
			var lo, hi int64
			for len(x) > 0 && len(y) > 0 {
				switch {
				case x[0].id < y[0].id:
					hi += x[0].w
					x = x[1:]
				case x[0].id > y[0].id:
					hi += y[0].w
					y = y[1:]
				default:
					lo += min(x[0].w, y[0].w)
					hi += max(x[0].w, y[0].w)
					x, y = x[1:], y[1:]
				}
			}
			for _, v := range x {
				hi += v.w
			}
			for _, v := range y {
				hi += v.w
			}
			if lo > 0 && float64(lo)/float64(hi) >= threshold {
				n += 2
			}
		}
	}
	return n
}
