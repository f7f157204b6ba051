package valid

import (
	"encoding"
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// catalog is the shape of the catalog file format (rolemodel.Parts, which
// this package cannot import): every type whose rules a catalog meets.
type catalog struct {
	Sources        []role.Source         `json:"sources,omitempty" validate:"dive"`
	Skills         []skill.Skill         `json:"skills,omitempty" validate:"dive"`
	Certifications []skill.Certification `json:"certifications,omitempty" validate:"dive"`
	Families       []role.Family         `json:"families,omitempty" validate:"dive"`
	Ladders        []role.Ladder         `json:"ladders,omitempty" validate:"dive"`
	Grades         []role.Grade          `json:"grades,omitempty" validate:"dive"`
	Roles          []role.Role           `json:"roles,omitempty" validate:"dive"`
	Profile        skill.Profile         `json:"profile"`
}

// oracle is go-playground/validator set up as the rules say: JSON names,
// required structs, the module's tags and struct-level rules.
var oracle = func() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		if name == "" {
			return f.Name
		}
		return name
	})
	for tag, fn := range customChecks {
		if err := v.RegisterValidation(tag, func(fl validator.FieldLevel) bool { return fn(fl.Field()) }); err != nil {
			panic(err)
		}
	}
	for t, rule := range structRules {
		v.RegisterStructValidation(func(sl validator.StructLevel) {
			rule(sl.Current(), func(field, tag string) { sl.ReportError(nil, field, field, tag, "") })
		}, reflect.Zero(t).Interface())
	}
	return v
}()

// oracleProblems are the problems the validator finds in v, as Struct
// words them.
func oracleProblems(v any) []Problem {
	err := oracle.Struct(v)
	if err == nil {
		return nil
	}
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		return []Problem{{Message: err.Error()}}
	}
	var out []Problem
	for _, fe := range verrs {
		_, ns, _ := strings.Cut(fe.Namespace(), ".")
		out = append(out, Problem{Path: ns, Message: message(fe.Tag(), fe.Param(), fe.Kind(), fe.Value())})
	}
	return out
}

// gen fills values from a stream of choices: bytes of fuzz input, or
// random ones.
type gen struct {
	next func() byte
}

func (g gen) pick(n int) int { return int(g.next()) % n }

var (
	strPool = []string{"", " ", "a", "ok", "technology-director", "Bad Slug", "a--b", "-a", strings.Repeat("x", 40), strings.Repeat("x", 41),
		strings.Repeat("x", 200), strings.Repeat("é", 201), strings.Repeat("x", 401), strings.Repeat("y", 4001), strings.Repeat("z", 8001),
		"http://example.com/x", "HTTPS://EXAMPLE.COM", "mailto:a@b.c", "file:///", "file:///a", "x:#f", "/relative", "http://", "%zz",
		"11-3021.00", "11-3021-00", "1330", "12345", "entry", "advancement", "lateral", "Entry", "onet-29-3",
		"growth_percent", "vacancies", "employment", "ICR", "II", "b", "2512.4", "2512."}
	intPool   = []int64{-1, 0, 1, 2, 40, 80, 81, 100, 101, 1000, 1001, 1899, 1900, 2200, 2201, 10000, 10001}
	floatPool = []float64{-101, -100, -0.5, 0, 0.5, 80, 80.5, 1000, 1001, math.NaN(), math.Inf(1)}
	textPool  = []string{"", "USD", "JPY", "BHD", "EUR", "median", "range", "p90", "average", "annual", "hourly", "monthly",
		"USD 1.00", "USD 1.005", "JPY 1.5", "BHD 1.234", "USD 0", "USD 250000", "3", "10-15+", "lead", "executive", "entry",
		"bachelor", "hard", "soft", "expert", "awareness", "certification", "$150,000 - $250,000+", "1", "2", "150000", "1.005", "68.50", "0.125"}
)

var textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()

func (g gen) fill(v reflect.Value, depth int) {
	t := v.Type()
	// A type that reads text: mostly from text, and a struct with exported
	// fields also field by field.
	if reflect.PointerTo(t).Implements(textUnmarshalerType) && (t.Kind() == reflect.Struct && !hasExported(t) || g.pick(2) == 0) {
		u := v.Addr().Interface().(encoding.TextUnmarshaler)
		if g.pick(4) != 0 {
			// Mostly a text the type reads.
			start := g.pick(len(textPool))
			for k := range textPool {
				if text := textPool[(start+k)%len(textPool)]; text != "" && u.UnmarshalText([]byte(text)) == nil {
					return
				}
			}
		}
		_ = u.UnmarshalText([]byte(textPool[g.pick(len(textPool))]))
		return
	}
	switch t.Kind() {
	case reflect.String:
		v.SetString(strPool[g.pick(len(strPool))])
	case reflect.Bool:
		v.SetBool(g.pick(2) == 1)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := intPool[g.pick(len(intPool))]
		if !v.OverflowInt(n) {
			v.SetInt(n)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(g.pick(12)))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(floatPool[g.pick(len(floatPool))])
	case reflect.Pointer:
		if g.pick(2) == 1 {
			v.Set(reflect.New(t.Elem()))
			g.fill(v.Elem(), depth)
		}
	case reflect.Slice:
		switch n := g.pick(4); {
		case n == 0: // nil
		case depth > 7:
			v.Set(reflect.MakeSlice(t, 0, 0))
		default:
			s := reflect.MakeSlice(t, n-1, n-1)
			for i := range n - 1 {
				g.fill(s.Index(i), depth+1)
			}
			v.Set(s)
		}
	case reflect.Map:
		if g.pick(2) == 1 && t.Key().Kind() == reflect.String {
			m := reflect.MakeMap(t)
			e := reflect.New(t.Elem()).Elem()
			g.fill(e, depth+1)
			m.SetMapIndex(reflect.ValueOf(strPool[g.pick(len(strPool))]).Convert(t.Key()), e)
			v.Set(m)
		}
	case reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() && g.pick(2) != 0 {
				g.fill(v.Field(i), depth+1)
			}
		}
	}
}

func hasExported(t reflect.Type) bool {
	for i := range t.NumField() {
		if t.Field(i).IsExported() {
			return true
		}
	}
	return false
}

func bytesGen(data []byte) gen {
	i := 0
	return gen{next: func() byte {
		if i >= len(data) {
			return 0
		}
		i++
		return data[i-1]
	}}
}

// check compares Struct with the validator on a generated catalog, and on
// each of its roles passed by value (as the importers pass records).
func check(t *testing.T, g gen) []Problem {
	var c catalog
	g.fill(reflect.ValueOf(&c).Elem(), 0)
	got := Struct(&c)
	require.Equal(t, oracleProblems(&c), got)
	for _, r := range c.Roles {
		require.Equal(t, oracleProblems(r), Struct(r))
	}
	return got
}

// TestRulesMatchValidator checks the plans against go-playground/validator
// on 3,000 random catalogs.
func TestRulesMatchValidator(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	seen := map[string]bool{}
	for range 2000 {
		for _, p := range check(t, gen{next: func() byte { return byte(r.Uint32()) }}) {
			seen[kindOf(p.Message)] = true
		}
	}
	// And salaries and an outlook that break each struct-level rule.
	usd, jpy := salary.MustParseCurrency("USD"), salary.MustParseCurrency("JPY")
	amount := salary.MustParseAmount
	c := catalog{Roles: []role.Role{{Salaries: []role.Salary{
		{Statistic: salary.RangeOfPay, Currency: usd, Min: amount("2"), Max: amount("1"), Value: amount("1")},
		{Statistic: salary.RangeOfPay, Currency: usd},
		{Statistic: salary.RangeOfPay, Currency: jpy, Min: amount("1.5"), OpenEnded: true},
		{Statistic: salary.Median, Currency: usd, Min: amount("1")},
		{Statistic: salary.Median, Currency: jpy, Value: amount("1.25")},
	}, Outlook: []role.Outlook{{Region: "US", GrowthPercent: f(1), Sources: []string{"a"}, Qualifiers: []role.Qualifier{
		{Figure: "growth_percent", Word: "about"}, {Figure: "growth_percent", Word: "over"}, {Figure: "vacancies", Word: "over"},
	}}}}}}
	got := Struct(&c)
	require.Equal(t, oracleProblems(&c), got)
	for _, p := range got {
		seen[kindOf(p.Message)] = true
	}
	// The random catalogs break every rule.
	for _, m := range ruleMessages {
		assert.True(t, seen[kindOf(m)], "no catalog breaks the rule %q", m)
	}
	for _, m := range []string{"is required", "is not a valid ID", "is not an absolute URL", "is not an O*NET-SOC code", "is not an ISCO-08 code", "is not allowed", "is not a proficiency level", "is too small", "is too large", "is too long", "must have at least"} {
		assert.True(t, seen[m], "no catalog breaks the rule %q", m)
	}
}

// kindOf is the rule a message states, without the value it quotes.
func kindOf(msg string) string {
	if strings.HasPrefix(msg, `"`) {
		if i := strings.Index(msg, `" `); i > 0 {
			msg = msg[i+2:]
		}
	} else if _, rest, ok := strings.Cut(msg, " is too"); ok && !strings.HasPrefix(msg, "is") {
		msg = "is too" + rest
	}
	if i := strings.IndexAny(msg, ":("); i > 0 {
		msg = msg[:i]
	}
	for _, cut := range []string{" such as", " expected", " 1", " 2", " 4", " 8"} {
		if i := strings.Index(msg, cut); i > 0 {
			msg = msg[:i]
		}
	}
	return strings.TrimSpace(msg)
}

// FuzzRules checks that Struct finds what go-playground/validator finds,
// in the same order and words, in catalogs built from the fuzzer's bytes.
func FuzzRules(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
	f.Fuzz(func(t *testing.T, data []byte) {
		check(t, bytesGen(data))
	})
}

func TestStructNotAStruct(t *testing.T) {
	ps := Struct(3)
	require.Len(t, ps, 1)
	assert.Contains(t, ps[0].Message, "expected a struct")
	assert.Len(t, Struct((*catalog)(nil)), 1)
}
