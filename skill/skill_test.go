package skill_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/skill"
)

// ---- Level ----

func TestParseLevel(t *testing.T) {
	tests := []struct {
		name, digit string
		want        skill.Level
	}{
		{"awareness", "1", skill.Awareness},
		{"working", "2", skill.Working},
		{"practitioner", "3", skill.Practitioner},
		{"advanced", "4", skill.Advanced},
		{"expert", "5", skill.Expert},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := skill.ParseLevel(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.want, l)
			assert.Equal(t, tt.name, l.String())
			assert.True(t, l.Valid())

			l, err = skill.ParseLevel(tt.digit)
			require.NoError(t, err)
			assert.Equal(t, tt.want, l, "the number %s", tt.digit)

			b, err := l.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.name, string(b), "levels marshal to their names, not numbers")
			var back skill.Level
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, l, back)
			require.NoError(t, back.UnmarshalText([]byte(tt.digit)))
			assert.Equal(t, l, back)
		})
	}
	assert.Equal(t, skill.Expert, skill.MaxLevel)
}

func TestLevelOrder(t *testing.T) {
	order := []skill.Level{skill.Unstated, skill.Awareness, skill.Working, skill.Practitioner, skill.Advanced, skill.Expert}
	for i := 1; i < len(order); i++ {
		assert.Less(t, order[i-1], order[i])
	}
}

func TestParseLevelErrors(t *testing.T) {
	for _, in := range []string{"", "0", "6", "9", "10", "01", "-1", "Expert", "EXPERT", "novice", " 3", "3 ", "³"} {
		t.Run(in, func(t *testing.T) {
			l, err := skill.ParseLevel(in)
			require.Error(t, err)
			assert.Equal(t, skill.Unstated, l)
			assert.ErrorIs(t, err, skill.ErrUnknownLevel)
			assert.NotErrorIs(t, err, skill.ErrUnknownKind)
			var le *skill.LevelError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, in, le.Input)
			if in == "" {
				return
			}
			back := skill.Working
			assert.ErrorIs(t, back.UnmarshalText([]byte(in)), skill.ErrUnknownLevel)
			assert.Equal(t, skill.Working, back, "a failed unmarshal leaves the value unchanged")
		})
	}
}

func TestLevelZeroAndInvalid(t *testing.T) {
	var l skill.Level
	assert.Equal(t, skill.Unstated, l)
	assert.True(t, l.Valid())
	assert.Equal(t, "", l.String())
	b, err := l.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	back := skill.Expert
	require.NoError(t, back.UnmarshalText(b))
	assert.Equal(t, skill.Unstated, back)

	bad := skill.Level(6)
	assert.False(t, bad.Valid())
	assert.Equal(t, "Level(6)", bad.String())
	_, err = bad.MarshalText()
	assert.ErrorIs(t, err, skill.ErrUnknownLevel)
}

func TestFromONetLevel(t *testing.T) {
	tests := []struct {
		r    float64
		want skill.Level
	}{
		{0, skill.Awareness},
		{0.5, skill.Awareness},
		{1.4, skill.Awareness},
		{1.41, skill.Working},
		{2.8, skill.Working},
		{2.81, skill.Practitioner},
		{3.5, skill.Practitioner},
		{4.2, skill.Practitioner},
		{4.21, skill.Advanced},
		{5.6, skill.Advanced},
		{5.61, skill.Expert},
		{7, skill.Expert},
		{-1, skill.Unstated},
		{-0.0001, skill.Unstated},
		{7.0001, skill.Unstated},
		{7.1, skill.Unstated},
		{math.NaN(), skill.Unstated},
		{math.Inf(1), skill.Unstated},
		{math.Inf(-1), skill.Unstated},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, skill.FromONetLevel(tt.r), "FromONetLevel(%v)", tt.r)
	}
	assert.Equal(t, skill.Awareness, skill.FromONetLevel(math.Copysign(0, -1)), "negative zero")
}

func TestFromONetLevelMonotonic(t *testing.T) {
	prev := skill.FromONetLevel(0)
	for i := 1; i <= 7000; i++ {
		r := float64(i) / 1000
		l := skill.FromONetLevel(r)
		require.GreaterOrEqual(t, l, prev, "FromONetLevel(%v)", r)
		require.True(t, l >= skill.Awareness && l <= skill.Expert, "FromONetLevel(%v) = %v", r, l)
		prev = l
	}
}

// ---- Kind ----

func TestKind(t *testing.T) {
	for _, tt := range []struct {
		name string
		want skill.Kind
	}{
		{"hard", skill.Hard},
		{"soft", skill.Soft},
	} {
		t.Run(tt.name, func(t *testing.T) {
			k, err := skill.ParseKind(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.want, k)
			assert.Equal(t, tt.name, k.String())
			b, err := k.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.name, string(b))
			var back skill.Kind
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, k, back)
		})
	}

	var z skill.Kind
	assert.Equal(t, skill.UnknownKind, z)
	assert.Equal(t, "", z.String())
	b, err := z.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	back := skill.Hard
	require.NoError(t, back.UnmarshalText(nil))
	assert.Equal(t, skill.UnknownKind, back)

	bad := skill.Kind(3)
	assert.Equal(t, "Kind(3)", bad.String())
	_, err = bad.MarshalText()
	assert.ErrorIs(t, err, skill.ErrUnknownKind)
}

func TestKindErrors(t *testing.T) {
	for _, in := range []string{"", "Hard", "SOFT", "technical", "knowledge"} {
		t.Run(in, func(t *testing.T) {
			k, err := skill.ParseKind(in)
			require.Error(t, err)
			assert.Equal(t, skill.UnknownKind, k)
			assert.ErrorIs(t, err, skill.ErrUnknownKind)
			assert.NotErrorIs(t, err, skill.ErrUnknownLevel)
			var ke *skill.KindError
			require.ErrorAs(t, err, &ke)
			assert.Equal(t, in, ke.Input)
			assert.Equal(t, "hard, soft", ke.Expected)
			if in == "" {
				return
			}
			back := skill.Soft
			assert.ErrorIs(t, back.UnmarshalText([]byte(in)), skill.ErrUnknownKind)
			assert.Equal(t, skill.Soft, back)
		})
	}
}

// ---- CredentialKind ----

func TestCredentialKind(t *testing.T) {
	tests := []struct {
		in   string
		want skill.CredentialKind
		text string // MarshalText form
	}{
		{"", skill.Certificate, "certification"},
		{"certification", skill.Certificate, "certification"},
		{"programme", skill.Programme, "programme"},
		{"program", skill.Programme, "programme"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			k := skill.CredentialKind(7) // any prior value is overwritten
			require.NoError(t, k.UnmarshalText([]byte(tt.in)))
			assert.Equal(t, tt.want, k)
			assert.Equal(t, tt.text, k.String())
			b, err := k.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.text, string(b))
			var back skill.CredentialKind
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, k, back)
		})
	}

	var z skill.CredentialKind
	assert.Equal(t, skill.Certificate, z, "the zero value is Certificate")

	for _, in := range []string{"Programme", "course", "certificate", "cert"} {
		k := skill.Programme
		err := k.UnmarshalText([]byte(in))
		require.Error(t, err, in)
		assert.ErrorIs(t, err, skill.ErrUnknownKind, in)
		var ke *skill.KindError
		require.ErrorAs(t, err, &ke)
		assert.Equal(t, in, ke.Input)
		assert.Equal(t, skill.Programme, k, "a failed unmarshal leaves the value unchanged")
	}

	bad := skill.CredentialKind(2)
	assert.Equal(t, "CredentialKind(2)", bad.String())
	_, err := bad.MarshalText()
	assert.ErrorIs(t, err, skill.ErrUnknownKind)
}

// ---- Clone ----

func TestSkillClone(t *testing.T) {
	full := func() skill.Skill {
		return skill.Skill{
			ID:          "cloud-architecture",
			Name:        "Cloud architecture",
			Kind:        skill.Hard,
			Category:    "Technology",
			Description: "Designing systems in the cloud.",
			Aliases:     []string{"cloud design", "cloud"},
			Sources:     []string{"a", "b"},

			DescriptionSources: []string{"a"},
			Note:               "b names it as a resource.",
		}
	}
	orig := full()
	c := orig.Clone()
	require.Equal(t, orig, c)
	c.Aliases[0] = "changed"
	c.Sources[1] = "changed"
	c.DescriptionSources[0] = "changed"
	c.Aliases = append(c.Aliases, "more")
	c.Name = "changed"
	assert.Equal(t, full(), orig)

	// Changing the original leaves the clone alone too.
	orig = full()
	c = orig.Clone()
	orig.Aliases[1] = "changed"
	orig.Sources[0] = "changed"
	assert.Equal(t, full(), c)

	z := skill.Skill{ID: "x"}.Clone()
	assert.Nil(t, z.Aliases)
	assert.Nil(t, z.Sources)
}

func TestCertificationClone(t *testing.T) {
	full := func() skill.Certification {
		return skill.Certification{
			ID:          "pmp",
			Name:        "Project Management Professional",
			Kind:        skill.Programme,
			Acronym:     "PMP",
			Issuer:      "PMI",
			Description: "Project management.",
			Evidences: []skill.Evidence{
				{Skill: "project-management", Level: skill.Advanced},
				{Skill: "leadership", Level: skill.Working},
			},
			Sources: []string{"a", "b"},
			Note:    "Read from its name.",
		}
	}
	orig := full()
	c := orig.Clone()
	require.Equal(t, orig, c)
	c.Evidences[0].Skill = "changed"
	c.Evidences[1].Level = skill.Expert
	c.Sources[0] = "changed"
	assert.Equal(t, full(), orig)

	orig = full()
	c = orig.Clone()
	orig.Evidences[0].Level = skill.Awareness
	orig.Sources[1] = "changed"
	assert.Equal(t, full(), c)

	z := skill.Certification{ID: "x"}.Clone()
	assert.Nil(t, z.Evidences)
	assert.Nil(t, z.Sources)
}

func TestRequirementClone(t *testing.T) {
	full := func() skill.Requirement {
		return skill.Requirement{
			Skill:     "leadership",
			Level:     skill.Advanced,
			Essential: true,
			Text:      "Strong leadership.",
			Sources:   []string{"a", "b"},
			Quotes: []skill.Quote{
				{Text: "Leads teams.", Sources: []string{"a"}},
				{Text: "Inspires people.", Sources: []string{"b"}},
			},
		}
	}
	orig := full()
	c := orig.Clone()
	require.Equal(t, orig, c)
	c.Sources[0] = "changed"
	c.Level = skill.Expert
	c.Quotes[0].Text = "changed"
	c.Quotes[1].Sources[0] = "changed"
	assert.Equal(t, full(), orig)

	orig = full()
	c = orig.Clone()
	orig.Sources[1] = "changed"
	orig.Quotes[0].Sources[0] = "changed"
	assert.Equal(t, full(), c)

	assert.Nil(t, skill.Requirement{Skill: "x"}.Clone().Sources)
}

func TestCloneQuotesNil(t *testing.T) {
	assert.Nil(t, skill.CloneQuotes(nil))
	assert.Equal(t, []skill.Quote{}, skill.CloneQuotes([]skill.Quote{}))
}

func TestDescribedBy(t *testing.T) {
	s := skill.Skill{ID: "x", Description: "Words.", Sources: []string{"a", "b"}}
	assert.Equal(t, []string{"a", "b"}, s.DescribedBy(), "no description_sources: every source says it")
	s.DescriptionSources = []string{"b"}
	assert.Equal(t, []string{"b"}, s.DescribedBy())
	s.Description = ""
	assert.Nil(t, s.DescribedBy(), "no description, no sources of it")
}
