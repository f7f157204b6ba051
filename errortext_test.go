package rolemodel_test

import (
	"errors"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/internal/fuzzcheck"
	"github.com/rolemodel/rolemodel/progression"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// huge is 5 MB of input (issue 14's second round).
var huge = strings.Repeat("x", 5<<20)

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestFindLongTitle: a title of any length costs a bounded search. A 5 MB
// title took more than 24 GB (OOM-killed) and 100,000 characters more than
// a minute: every query word made its n deletions of n-1 bytes.
func TestFindLongTitle(t *testing.T) {
	c := rolemodel.Default()
	for _, n := range []int{10_000, 100_000, 5 << 20} {
		title := huge[:n]
		var err error
		got := allocated(func() { _, err = c.Find(title) })
		var ue *rolemodel.UnknownTitleError
		require.ErrorAs(t, err, &ue, "n=%d", n)
		assert.Equal(t, title, ue.Title, "the error keeps the title as given")
		fuzzcheck.ErrorText(t, err)
		assert.Less(t, len(err.Error()), 300, "n=%d: the title is quoted cut", n)
		// Folding and looking the title up hold it a few times; nothing
		// grows with its square.
		assert.Less(t, got, uint64(8*n+4<<20), "n=%d: bytes allocated", n)
		got = allocated(func() { c.Similar(title, 3) })
		assert.Less(t, got, uint64(4<<20), "n=%d: Similar considers the first names.MaxQuery bytes", n)
	}
	// Many words, each a typo candidate: at most 16 distinct words count.
	words := strings.Repeat("developr enginer ", 300_000)
	got := allocated(func() { c.Similar(words, 3) })
	assert.Less(t, got, uint64(4<<20), "many words")
	// A long title still finds what its first words name.
	assert.Contains(t, c.Similar("Technical Lead "+strings.Repeat("y", 100_000), 3), "Technical Lead")
}

// BenchmarkFindLongTitle measures Find with titles of 10,000 and 100,000
// bytes and 5 MB.
func BenchmarkFindLongTitle(b *testing.B) {
	c := rolemodel.Default()
	c.Similar("warm the index", 1)
	for _, n := range []int{10_000, 100_000, 5 << 20} {
		title := huge[:n]
		name := strconv.Itoa(n)
		if n == 5<<20 {
			name = "5MB"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = c.Find(title)
			}
		})
	}
}

// TestAmbiguousTitleErrorIsCut: the name as given and each role's title and
// ID are quoted escaped and cut.
func TestAmbiguousTitleErrorIsCut(t *testing.T) {
	e := &rolemodel.AmbiguousTitleError{Title: huge + "\n", Roles: []role.ID{role.ID(huge), "b"}, Titles: []string{"A\u202e", huge}}
	fuzzcheck.ErrorText(t, e)
	assert.Less(t, len(e.Error()), 1000)
	assert.Contains(t, e.Error(), `"A\u202e"`)
	// Fewer titles than roles, as a program may build it: no panic.
	e = &rolemodel.AmbiguousTitleError{Title: "x", Roles: []role.ID{"a", "b"}}
	assert.Equal(t, `"x" names 2 roles: "" (a), "" (b)`, e.Error())
}

// TestErrorsQuoteInputCut: every error type that echoes input quotes it
// escaped and cut, whatever its size. Before: each Error() below was about
// 5 MB (10 MB for a transition of two 5 MB IDs), and a transition's ID
// printed a raw line break.
func TestErrorsQuoteInputCut(t *testing.T) {
	hostile := huge + "\nINFO forged"
	c := rolemodel.Default()
	var k career.Kind
	var y role.Years
	var l role.Level
	var sl skill.Level
	var fp progression.FTProficiency
	_, yearsErr := role.ParseYears(hostile)
	_, kindErr := career.ParseKind(hostile)
	_, profErr := progression.ParseFTProficiency(hostile)
	_, gapSkill := c.Gap(skill.Profile{Skills: []skill.Held{{Skill: skill.ID(hostile), Level: skill.Working}}}, "technology-director")
	_, gapCert := c.Gap(skill.Profile{Certifications: []skill.CertificationID{skill.CertificationID(hostile)}}, "technology-director")
	_, newErr := career.New([]career.Transition{{From: role.ID(hostile), To: role.ID(hostile), Kind: career.Lateral}})
	_, newBad := career.New([]career.Transition{{From: role.ID(hostile), To: "b", Kind: career.Kind(9)}})
	g, err := career.New([]career.Transition{{From: role.ID(hostile), To: "b", Kind: career.Lateral}})
	require.NoError(t, err)
	_, noPath := g.ShortestPath("b", role.ID(hostile))
	_, weightErr := g.ShortestPath(role.ID(hostile), "b", career.WeightBy(func(career.Transition) float64 { return -1 }))
	_, roleWeightErr := g.ShortestPath(role.ID(hostile), "b", career.WeightByRole(func(role.ID) float64 { return -1 }))
	_, unknown := g.ShortestPath(role.ID(hostile+"?"), "b")
	for name, err := range map[string]error{
		"ParseYears":                  yearsErr,
		"Years.UnmarshalText":         y.UnmarshalText([]byte(hostile)),
		"Level.UnmarshalText":         l.UnmarshalText([]byte(hostile)),
		"ParseKind":                   kindErr,
		"Kind.UnmarshalText":          k.UnmarshalText([]byte(hostile)),
		"skill.Level.UnmarshalText":   sl.UnmarshalText([]byte(hostile)),
		"ParseFTProficiency":          profErr,
		"FTProficiency.UnmarshalText": fp.UnmarshalText([]byte(hostile)),
		"Gap skill":                   gapSkill,
		"Gap certification":           gapCert,
		"career.New self-move":        newErr,
		"career.New bad kind":         newBad,
		"NoPathError":                 noPath,
		"WeightBy":                    weightErr,
		"WeightByRole":                roleWeightErr,
		"RoleError":                   unknown,
		"ProfileError Why":            &skill.ProfileError{Index: -1, Why: hostile},
		"QueryError":                  &career.QueryError{What: hostile, Why: hostile},
		"NoRequirementsError":         &rolemodel.NoRequirementsError{Role: role.ID(hostile)},
		"PayBandError":                &rolemodel.PayBandError{Role: role.ID(hostile), Region: hostile, Regions: []string{hostile}, Err: rolemodel.ErrNoPayBand},
	} {
		require.Error(t, err, name)
		fuzzcheck.ErrorText(t, err)
		assert.Less(t, len(err.Error()), 1500, name)
		assert.NotContains(t, err.Error(), "\n", name)
	}
	assert.True(t, errors.Is(gapSkill, skill.ErrProfile))
}

// TestTransitionErrorEscapes: issue 14's second round, item 3. A role ID
// holding a line break gave an error with a real newline: a forged log
// line.
func TestTransitionErrorEscapes(t *testing.T) {
	_, err := career.New([]career.Transition{{From: "a\nINFO forged", To: "b"}})
	var te *career.TransitionError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, `transition 0 ("a\nINFO forged" -Kind(0)-> "b"): invalid transition: the kind must be Entry, Advancement or Lateral`, err.Error())
	for _, id := range []string{"a\x1b[31m", "a\u202eb", "a\u0085b", "a\u2028b"} {
		_, err := career.New([]career.Transition{{From: role.ID(id), To: "b", Kind: career.Entry}, {From: role.ID(id), To: role.ID(id), Kind: career.Entry}})
		require.Error(t, err, "%q", id)
		fuzzcheck.ErrorText(t, err)
	}
}

// TestLongURLsAreRefused: issue 14's second round, item 7. A source URL of
// 100,000 characters and a 100 KB ESCO URI loaded; URLs and URIs are at
// most 2,000 characters.
func TestLongURLsAreRefused(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("a", 100_000)
	ok := "https://example.org/" + strings.Repeat("a", 1980)
	for _, tc := range []struct{ name, doc, path string }{
		{"source url", `{"sources":[{"id":"s","title":"S","url":"` + long + `"}],"roles":[{"id":"a","title":"A"}]}`, "sources[s].url"},
		{"codes.esco", `{"roles":[{"id":"a","title":"A","codes":{"esco":"` + long + `"}}]}`, "roles[a].codes.esco"},
	} {
		_, err := rolemodel.Load(strings.NewReader(tc.doc))
		var ve *rolemodel.ValidationError
		require.ErrorAs(t, err, &ve, tc.name)
		assert.Equal(t, tc.path, ve.Problems[0].Path, tc.name)
		assert.ErrorIs(t, err, rolemodel.ErrInvalidValue, tc.name)
		fuzzcheck.ErrorText(t, err)
		_, err = rolemodel.Load(strings.NewReader(strings.Replace(tc.doc, long, ok, 1)))
		assert.NoError(t, err, "%s of 2,000 characters", tc.name)
	}
}
