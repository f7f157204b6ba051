package role_test

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/internal/fuzzcheck"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// ---- Years ----

func TestParseYears(t *testing.T) {
	tests := []struct {
		in       string
		min, max int
		open     bool
		str      string
	}{
		{"10-15+", 10, 15, true, "10-15+"},
		{"5-7", 5, 7, false, "5-7"},
		{"3", 3, 3, false, "3"},
		{"10+", 10, 10, true, "10+"},
		{"0", 0, 0, false, "0"},
		{"0-80", 0, 80, false, "0-80"},
		{"80", 80, 80, false, "80"},
		{"10 – 15+", 10, 15, true, "10-15+"}, // en dash and spaces
		{"10–15", 10, 15, false, "10-15"},
		{"10 - 15 +", 10, 15, true, "10-15+"},
		{" 7 ", 7, 7, false, "7"},
		{"05-07", 5, 7, false, "5-7"},
		{"5-5", 5, 5, false, "5"},
		{"5-5+", 5, 5, true, "5+"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			y, err := role.ParseYears(tt.in)
			require.NoError(t, err)
			assert.False(t, y.IsZero())
			assert.Equal(t, tt.min, y.Min())
			assert.Equal(t, tt.max, y.Max())
			assert.Equal(t, tt.open, y.OpenEnded())
			assert.Equal(t, tt.str, y.String())
			assert.Equal(t, role.MustParseYears(tt.str), y, "the canonical form parses to the same Years")
		})
	}
}

func TestParseYearsErrors(t *testing.T) {
	for _, in := range []string{
		"", " ", "-3", "15-10", "a-b", "81", "5-", "--", "-", "+", "5++", "+5",
		"5-+6", "5--6", "1-2-3", "3.5", "1e1", "5 6", "99999999999999999999", "0-81", "ten",
	} {
		t.Run(in, func(t *testing.T) {
			y, err := role.ParseYears(in)
			require.Error(t, err)
			assert.True(t, y.IsZero(), "a failed parse returns the zero Years")
			assert.ErrorIs(t, err, role.ErrYears)
			var ye *role.YearsError
			require.ErrorAs(t, err, &ye)
			assert.Equal(t, in, ye.Input)
			assert.Panics(t, func() { role.MustParseYears(in) })
		})
	}
}

func TestYearsZeroValue(t *testing.T) {
	var y role.Years
	assert.True(t, y.IsZero())
	assert.Equal(t, "", y.String())
	assert.Equal(t, 0, y.Min())
	assert.Equal(t, 0, y.Max())
	assert.False(t, y.OpenEnded())
	assert.NotEqual(t, role.MustParseYears("0"), y, `"0" years is stated, unlike the zero value`)

	b, err := y.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	back := role.MustParseYears("3")
	require.NoError(t, back.UnmarshalText(b))
	assert.True(t, back.IsZero())
}

func TestYearsTextRoundTrip(t *testing.T) {
	for _, in := range []string{"10-15+", "5-7", "3", "10+", "0", "0-80"} {
		t.Run(in, func(t *testing.T) {
			y := role.MustParseYears(in)
			b, err := y.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, in, string(b))
			var back role.Years
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, y, back)
		})
	}
	y := role.MustParseYears("3")
	err := y.UnmarshalText([]byte("15-10"))
	assert.ErrorIs(t, err, role.ErrYears)
	assert.Equal(t, role.MustParseYears("3"), y, "a failed unmarshal leaves the value unchanged")
}

func FuzzParseYears(f *testing.F) {
	for _, s := range []string{
		"", "10-15+", "5-7", "3", "10+", "0", "10 – 15+", "-3", "15-10", "a-b", "81",
		"5-", "--", "05-5", "5-5+", " 1 - 2 + ", "+", "80-80+", "1–2", "٣",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, err := role.ParseYears(s)
		if err != nil {
			if !errors.Is(err, role.ErrYears) {
				t.Fatalf("ParseYears(%q): error %v does not unwrap to ErrYears", s, err)
			}
			if !y.IsZero() {
				t.Fatalf("ParseYears(%q) failed but returned %v", s, y)
			}
			fuzzcheck.ErrorText(t, err)
			return
		}
		if y.IsZero() {
			t.Fatalf("ParseYears(%q) succeeded with the zero Years", s)
		}
		if y.Min() < 0 || y.Min() > y.Max() || y.Max() > 80 {
			t.Fatalf("ParseYears(%q) = %d-%d, outside 0 <= min <= max <= 80", s, y.Min(), y.Max())
		}
		str := y.String()
		back, err := role.ParseYears(str)
		if err != nil {
			t.Fatalf("ParseYears(%q) = %v, but %q does not parse: %v", s, y, str, err)
		}
		if back != y {
			t.Fatalf("ParseYears(%q) = %#v, ParseYears(%q) = %#v", s, y, str, back)
		}
		if back.String() != str {
			t.Fatalf("String is not stable: %q then %q", str, back.String())
		}
	})
}

// ---- Enumerations ----

// enumValue is what the table tests need of Level, Track, Degree and Priority.
type enumValue interface {
	fmt.Stringer
	encoding.TextMarshaler
}

type enumCase struct {
	name string
	v    enumValue
}

func checkEnum[T interface {
	~uint8
	enumValue
}](t *testing.T, typ string, parse func(string) (T, error), cases []enumCase, bad T, unknown []string) {
	t.Helper()
	for _, c := range cases {
		t.Run(typ+"/"+c.name, func(t *testing.T) {
			v, err := parse(c.name)
			require.NoError(t, err)
			assert.Equal(t, c.v, v)
			assert.Equal(t, c.name, v.String())
			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, c.name, string(b))
			var back T
			require.NoError(t, any(&back).(encoding.TextUnmarshaler).UnmarshalText(b))
			assert.Equal(t, v, back)
		})
	}
	t.Run(typ+"/zero", func(t *testing.T) {
		var z T
		assert.Equal(t, "", z.String())
		b, err := z.MarshalText()
		require.NoError(t, err)
		assert.Empty(t, b)
		back := T(1)
		require.NoError(t, any(&back).(encoding.TextUnmarshaler).UnmarshalText(b))
		assert.Equal(t, z, back, "empty text unmarshals to the zero value")
	})
	for _, in := range unknown {
		t.Run(typ+"/unknown/"+in, func(t *testing.T) {
			v, err := parse(in)
			require.Error(t, err)
			assert.Zero(t, v)
			assert.ErrorIs(t, err, role.ErrUnknownName)
			var ne *role.NameError
			require.ErrorAs(t, err, &ne)
			assert.Equal(t, typ, ne.Type)
			assert.Equal(t, in, ne.Input)
			assert.Len(t, ne.Expected, len(cases))
			for _, c := range cases {
				assert.Contains(t, ne.Expected, c.name)
			}

			if in == "" {
				return // UnmarshalText reads empty text as the zero value
			}
			back := T(1)
			err = any(&back).(encoding.TextUnmarshaler).UnmarshalText([]byte(in))
			assert.ErrorIs(t, err, role.ErrUnknownName)
			assert.Equal(t, T(1), back, "a failed unmarshal leaves the value unchanged")
		})
	}
	t.Run(typ+"/out of range", func(t *testing.T) {
		assert.Equal(t, fmt.Sprintf("%s(%d)", typ, uint8(bad)), bad.String())
		_, err := bad.MarshalText()
		assert.ErrorIs(t, err, role.ErrUnknownName)
	})
}

func TestLevel(t *testing.T) {
	checkEnum(t, "level", role.ParseLevel, []enumCase{
		{"individual-contributor", role.IndividualContributor},
		{"lead", role.Lead},
		{"manager", role.Manager},
		{"senior-manager", role.SeniorManager},
		{"director", role.Director},
		{"senior-director", role.SeniorDirector},
		{"vice-president", role.VicePresident},
		{"executive", role.Executive},
	}, role.Level(42), []string{"", "Director", "vp", "senior director", "ic", "chief"})
}

func TestLevelOrder(t *testing.T) {
	order := []role.Level{
		role.UnknownLevel,
		role.IndividualContributor,
		role.Lead,
		role.Manager,
		role.SeniorManager,
		role.Director,
		role.SeniorDirector,
		role.VicePresident,
		role.Executive,
	}
	for i := 1; i < len(order); i++ {
		assert.Less(t, order[i-1], order[i], "%v < %v", order[i-1], order[i])
	}
	for _, l := range order {
		assert.True(t, l.Valid(), "%v", l)
	}
	assert.False(t, role.Level(len(order)).Valid())
	assert.False(t, role.Level(255).Valid())
}

func TestTrack(t *testing.T) {
	checkEnum(t, "track", role.ParseTrack, []enumCase{
		{"individual-contributor", role.ICTrack},
		{"management", role.ManagementTrack},
	}, role.Track(3), []string{"", "ic", "Management", "manager"})
}

func TestDegree(t *testing.T) {
	checkEnum(t, "degree", role.ParseDegree, []enumCase{
		{"high-school", role.HighSchool},
		{"associate", role.Associate},
		{"bachelor", role.Bachelor},
		{"master", role.Master},
		{"doctorate", role.Doctorate},
	}, role.Degree(6), []string{"", "phd", "Bachelor", "bachelors", "masters"})

	order := []role.Degree{role.NoDegreeStated, role.HighSchool, role.Associate, role.Bachelor, role.Master, role.Doctorate}
	for i := 1; i < len(order); i++ {
		assert.Less(t, order[i-1], order[i])
	}
}

func TestPriority(t *testing.T) {
	checkEnum(t, "priority", role.ParsePriority, []enumCase{
		{"primary", role.Primary},
		{"secondary", role.Secondary},
	}, role.Priority(9), []string{"", "Primary", "tertiary", "high"})
}

// ---- Role ----

func TestRoleNames(t *testing.T) {
	r := role.Role{Title: "Technology Director", Aliases: []string{"IT Director", "Director of Technology"}}
	names := r.Names()
	assert.Equal(t, []string{"Technology Director", "IT Director", "Director of Technology"}, names)
	names[1] = "changed"
	assert.Equal(t, "IT Director", r.Aliases[0], "Names returns a fresh slice")

	assert.Equal(t, []string{"Solo"}, role.Role{Title: "Solo"}.Names())
}

func TestRoleHasRequirements(t *testing.T) {
	assert.False(t, role.Role{}.HasRequirements())
	assert.False(t, role.Role{Skills: []skill.Requirement{}}.HasRequirements())
	assert.True(t, role.Role{Skills: []skill.Requirement{{Skill: "x"}}}.HasRequirements())
}

func TestCodesIsZero(t *testing.T) {
	assert.True(t, role.Codes{}.IsZero())
	assert.False(t, role.Codes{ONetSOC: "11-3021.00"}.IsZero())
	assert.False(t, role.Codes{ISCO08: "1330"}.IsZero())
	assert.False(t, role.Codes{ESCO: "http://data.europa.eu/esco/occupation/x"}.IsZero())
	assert.False(t, role.Codes{ESCOCode: "1330.1"}.IsZero())
}

func ptr[T any](v T) *T { return &v }

// fullRole returns a Role with every field, and every field of every element,
// set to a non-zero value. It returns a new value with fresh memory each time.
func fullRole() role.Role {
	src := func(s string) []string { return []string{s + "-1", s + "-2"} }
	return role.Role{
		ID:      "technology-director",
		Title:   "Technology Director",
		Aliases: []string{"IT Director", "Director of Technology"},
		Track:   role.ManagementTrack,
		Level:   role.Director,
		Family:  "technology",
		Ladder:  "technology-leadership",
		Rank:    4,
		Grade:   "d1",
		Descriptions: []role.Statement{
			{Text: "Leads technology.", Sources: src("desc")},
		},
		Responsibilities: []role.Responsibility{
			{Area: "Strategy", Text: "Sets the vision.", Priority: role.Primary, Sources: src("resp"), Note: "Read from a list.", ID: "8823"},
		},
		Skills: []skill.Requirement{
			{Skill: "cloud-architecture", Level: skill.Advanced, Label: "Expert", Essential: true, Text: "Deep cloud skills.", Sources: src("skill"),
				Quotes: []skill.Quote{{Text: "Deep cloud skills.", Sources: src("quote")}}},
		},
		Certifications: []role.CertificationRef{
			{Certification: "pmp", Required: true, Text: "PMP preferred.", Sources: src("cert"),
				Quotes: []skill.Quote{{Text: "PMP helps.", Sources: src("certquote")}}},
		},
		Education: []role.Education{{
			Minimum:   role.Bachelor,
			Preferred: []role.Qualification{{Degree: role.Master, Name: "MBA"}},
			Fields:    []string{"Computer Science", "Engineering"},
			Text:      "A bachelor's degree.",
			Sources:   src("edu"),
			Note:      "An MBA may help.",
			Distribution: []role.Share{
				{Category: "Bachelor's Degree", Percent: 47.68, LowPrecision: true},
			},
		}},
		Experience: []role.Experience{{
			Years:           role.MustParseYears("10-15+"),
			LeadershipYears: role.MustParseYears("5+"),
			Preferred:       true,
			Text:            "Ten to fifteen years.",
			Sources:         src("exp"),
			Note:            "At least five.",
			Distribution: []role.Share{
				{Category: "Over 6 years, up to and including 8 years", Percent: 40.02, LowPrecision: true},
			},
			JobZone: 4,
		}},
		Salaries: []role.Salary{{
			Statistic: salary.RangeOfPay,
			Currency:  salary.MustParseCurrency("USD"),
			Min:       salary.MustParseAmount("150000"),
			Max:       salary.MustParseAmount("250000"),
			OpenEnded: true,
			Value:     salary.MustParseAmount("200000"),
			Period:    salary.Annual,
			Region:    "US",
			Year:      2024,
			Text:      "$150,000 - $250,000+",
			Note:      "A note.",
			Sources:   src("pay"),
		}},
		Outlook: []role.Outlook{{
			Region:               "US",
			Scope:                "tech leaders",
			GrowthPercent:        ptr(15.0),
			AverageGrowthPercent: ptr(4.0),
			FromYear:             2022,
			ToYear:               2032,
			OpeningsPerYear:      46000,
			Employment:           500000,
			ProjectedEmployment:  560000,
			Vacancies:            1200,
			Year:                 2023,
			TypicalEducation:     "Bachelor's degree",
			WorkExperience:       "5 years or more",
			Training:             "None",
			Text:                 "Faster than average.",
			Sources:              src("outlook"),
			Qualifiers:           []role.Qualifier{{Figure: "growth_percent", Word: "about"}},
			Note:                 "A projection.",
		}},
		Industries: []role.Industry{
			{Name: "Finance", Note: "Banks.", Sources: src("ind")},
		},
		ReportsTo: []role.Ref{
			{Role: "cio", Years: 1, Index: 2, Sources: src("reports")},
		},
		Codes: role.Codes{ONetSOC: "11-3021.00", ISCO08: "1330", ESCO: "http://data.europa.eu/esco/occupation/x", Note: "n", Sources: []string{"s"}, ESCOCode: "1330.1"},
		EntryFrom: []role.Ref{
			{Role: "it-manager", Years: 5, Index: 90, Sources: src("entry")},
		},
		AdvancementTo: []role.Ref{
			{Role: "cto", Years: 4, Index: 80, Sources: src("adv")},
		},
		LateralMoves: []role.Ref{
			{Role: "it-director", Years: 0.5, Index: 70, Sources: src("lat")},
		},
		Transitions: []role.Move{
			{To: "vp-engineering", Kind: "advancement", Years: 3, Index: 60, Sources: src("move")},
		},
		Sources: src("role"),
		NameSources: []role.NameSource{
			{Name: "IT Director", Note: "Also in lower case.", Sources: src("name")},
		},
		Technologies: []role.Technology{
			{Name: "Kubernetes", Category: "Application server software", CategoryCode: "43232701", Hot: true, InDemand: true, Sources: src("tech")},
		},
		Interests: &role.Interests{
			Realistic: 1.3, Investigative: 3.24, Artistic: 2.08, Social: 3.5, Enterprising: 6.86, Conventional: 4.1,
			HighPoint: "EC", Sources: src("interests"),
		},
	}
}

// assertFull fails for every exported field reachable from v (through
// structs, slices and pointers) that holds its zero value or an empty slice,
// so that a field added to Role later cannot escape TestRoleClone.
func assertFull(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			t.Errorf("%s is nil", path)
			return
		}
		assertFull(t, v.Elem(), path)
	case reflect.Slice:
		if v.Len() == 0 {
			t.Errorf("%s is empty", path)
		}
		for i := range v.Len() {
			assertFull(t, v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Struct:
		if v.IsZero() {
			t.Errorf("%s is zero", path)
		}
		typ := v.Type()
		for i := range typ.NumField() {
			if typ.Field(i).IsExported() {
				assertFull(t, v.Field(i), path+"."+typ.Field(i).Name)
			}
		}
	default:
		if v.IsZero() {
			t.Errorf("%s is zero", path)
		}
	}
}

// mutate changes, in place, every exported value reachable from v: it writes
// through slices and pointers rather than replacing them, so that any memory
// shared with another value shows the change.
func mutate(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			mutate(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			mutate(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				mutate(v.Field(i))
			}
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(v.String() + "-mutated")
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() + 1)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(v.Uint() + 1)
		}
	case reflect.Float32, reflect.Float64:
		if v.CanSet() {
			v.SetFloat(v.Float() + 1)
		}
	}
}

func TestRoleCloneFixtureIsFull(t *testing.T) {
	assertFull(t, reflect.ValueOf(fullRole()), "Role")
}

func TestRoleClone(t *testing.T) {
	orig := fullRole()
	c := orig.Clone()
	require.Equal(t, orig, c, "a clone equals the original")

	mutate(reflect.ValueOf(&c).Elem())
	require.NotEqual(t, fullRole(), c, "mutate changed the clone")
	assert.Equal(t, fullRole(), orig, "changing the clone through its slices and pointers leaves the original unchanged")

	// And the other way round.
	orig2 := fullRole()
	c2 := orig2.Clone()
	mutate(reflect.ValueOf(&orig2).Elem())
	assert.Equal(t, fullRole(), c2, "changing the original leaves the clone unchanged")
}

func TestRoleCloneAppend(t *testing.T) {
	// Appending to a clone's slice must not write into spare capacity of the
	// original's backing array.
	orig := fullRole()
	orig.Aliases = make([]string, 1, 10)
	orig.Aliases[0] = "A"
	orig.Sources = make([]string, 1, 10)
	orig.Sources[0] = "s"
	c := orig.Clone()
	c.Aliases = append(c.Aliases, "B")
	c.Sources = append(c.Sources, "t")
	assert.Equal(t, "", orig.Aliases[:2][1])
	assert.Equal(t, "", orig.Sources[:2][1])
}

func TestRoleCloneNil(t *testing.T) {
	c := role.Role{ID: "x", Title: "X"}.Clone()
	assert.Equal(t, role.Role{ID: "x", Title: "X"}, c, "nil slices stay nil")
	assert.Nil(t, c.Aliases)
	assert.Nil(t, c.Salaries)

	// nil pointers inside elements stay nil.
	r := role.Role{Outlook: []role.Outlook{{Region: "US"}}}
	c = r.Clone()
	assert.Nil(t, c.Outlook[0].GrowthPercent)
	assert.Nil(t, c.Outlook[0].AverageGrowthPercent)
}

// TestRoleCloneDetectsSharing checks that TestRoleClone has teeth: if any one
// slice or pointer of a clone were shared with the original, mutate would
// show through.
func TestRoleCloneDetectsSharing(t *testing.T) {
	typ := reflect.TypeFor[role.Role]()
	for i := range typ.NumField() {
		if typ.Field(i).Type.Kind() != reflect.Slice {
			continue
		}
		t.Run(typ.Field(i).Name, func(t *testing.T) {
			orig := fullRole()
			c := orig.Clone()
			reflect.ValueOf(&c).Elem().Field(i).Set(reflect.ValueOf(orig).Field(i))
			mutate(reflect.ValueOf(&c).Elem())
			assert.NotEqual(t, fullRole(), orig)
		})
	}
	nested := map[string]func(orig, c *role.Role){
		"Outlook.GrowthPercent":        func(o, c *role.Role) { c.Outlook[0].GrowthPercent = o.Outlook[0].GrowthPercent },
		"Outlook.AverageGrowthPercent": func(o, c *role.Role) { c.Outlook[0].AverageGrowthPercent = o.Outlook[0].AverageGrowthPercent },
		"Education.Preferred":          func(o, c *role.Role) { c.Education[0].Preferred = o.Education[0].Preferred },
		"Education.Fields":             func(o, c *role.Role) { c.Education[0].Fields = o.Education[0].Fields },
		"Skills.Sources":               func(o, c *role.Role) { c.Skills[0].Sources = o.Skills[0].Sources },
		"Transitions.Sources":          func(o, c *role.Role) { c.Transitions[0].Sources = o.Transitions[0].Sources },
		"Education.Distribution":       func(o, c *role.Role) { c.Education[0].Distribution = o.Education[0].Distribution },
		"Experience.Distribution":      func(o, c *role.Role) { c.Experience[0].Distribution = o.Experience[0].Distribution },
		"Technologies.Sources":         func(o, c *role.Role) { c.Technologies[0].Sources = o.Technologies[0].Sources },
		"Interests":                    func(o, c *role.Role) { c.Interests = o.Interests },
		"Interests.Sources":            func(o, c *role.Role) { c.Interests.Sources = o.Interests.Sources },
	}
	for name, share := range nested {
		t.Run(name, func(t *testing.T) {
			orig := fullRole()
			c := orig.Clone()
			share(&orig, &c)
			mutate(reflect.ValueOf(&c).Elem())
			assert.NotEqual(t, fullRole(), orig)
		})
	}
}

func TestOutlookQualifierOf(t *testing.T) {
	o := role.Outlook{Region: "US", GrowthPercent: ptr(12.0), AverageGrowthPercent: ptr(8.0),
		Qualifiers: []role.Qualifier{{Figure: "growth_percent", Word: "about"}}}
	assert.Equal(t, "about", o.QualifierOf("growth_percent"))
	assert.Equal(t, "", o.QualifierOf("average_growth_percent"), "a figure without a qualifier is exact")
	assert.Equal(t, "", role.Outlook{}.QualifierOf("vacancies"))
}

// Figure gives the source's words where they hold the figure, else the
// amounts: BLS's "#" for a top-coded wage reads as the survey's top.
func TestSalaryFigure(t *testing.T) {
	usd, err := salary.ParseCurrency("USD")
	require.NoError(t, err)
	amt := func(v string) salary.Amount {
		a, err := salary.ParseAmount(v)
		require.NoError(t, err)
		return a
	}
	for _, tc := range []struct {
		s    role.Salary
		want string
	}{
		{role.Salary{Statistic: salary.RangeOfPay, Currency: usd, Min: amt("150000"), Max: amt("250000"), OpenEnded: true, Text: "$150,000 - $250,000+"}, "$150,000 - $250,000+"},
		{role.Salary{Statistic: salary.P90, Currency: usd, Value: amt("239200"), OpenEnded: true, Text: "#"}, "$239,200+"},
		{role.Salary{Statistic: salary.Median, Currency: usd, Value: amt("82.31")}, "$82.31"},
		{role.Salary{Statistic: salary.RangeOfPay, Currency: usd, Min: amt("50000"), Max: amt("60000")}, "$50,000 - $60,000"},
	} {
		assert.Equal(t, tc.want, tc.s.Figure())
	}
}
