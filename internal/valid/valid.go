// Package valid holds the catalog's field rules (the validate tags of its
// types, checked by plans made once per type: rules.go), its struct-level
// rules, its rule for the characters of strings (text.go), and the
// translation of broken rules into plain messages with field paths.
package valid

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// Problem is one broken rule: the field path in JSON names, such as
// "roles[3].salaries[1].max", and a message a person can act on.
type Problem struct {
	Path    string
	Message string
}

// fold is the one rule by which two names are the same (names.Fold).
func fold(s string) string { return names.Fold(s) }

var (
	slugRE   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	isco08RE = regexp.MustCompile(`^[0-9]{1,4}$`)
	escoRE   = regexp.MustCompile(`^[0-9]{4}(\.[0-9]{1,4}){1,8}$`)
)

// IsSlug reports whether s is a lower-case slug: letters and digits in
// groups joined by single hyphens.
func IsSlug(s string) bool { return len(s) <= 120 && slugRE.MatchString(s) }

// IsONetSOC reports whether s is shaped like an O*NET-SOC code, NN-NNNN.NN.
func IsONetSOC(s string) bool {
	// By hand rather than by a regexp: importers check every code of
	// every row, and this is twenty times faster.
	if len(s) != 10 || s[2] != '-' || s[7] != '.' {
		return false
	}
	for i := range len(s) {
		if i != 2 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// IsHighPoint reports whether s is a RIASEC high-point code: one to three
// distinct letters of "RIASEC" (role.Interests.HighPoint).
func IsHighPoint(s string) bool {
	if len(s) < 1 || len(s) > 3 {
		return false
	}
	for i := range len(s) {
		if !strings.ContainsRune(role.RIASEC, rune(s[i])) || strings.IndexByte(s[:i], s[i]) >= 0 {
			return false
		}
	}
	return true
}

// IsISCO08 reports whether s is shaped like an ISCO-08 code: one to four
// digits (major group to unit group).
func IsISCO08(s string) bool { return isco08RE.MatchString(s) }

// IsESCOCode reports whether s is shaped like the code of an ESCO
// occupation: an ISCO-08 unit group (four digits) and, after a dot, one
// to eight more numbers of one to four digits separated by dots ("2512.4",
// "2654.1.7").
func IsESCOCode(s string) bool { return escoRE.MatchString(s) }

// stringChecks are the module's own tags that apply to strings, as
// functions of the string.
var stringChecks = map[string]func(string) bool{
	"slug":     IsSlug,
	"onetsoc":  IsONetSOC,
	"isco08":   IsISCO08,
	"riasec":   IsHighPoint,
	"escocode": IsESCOCode,
}

// customChecks are the module's own tags.
var customChecks = map[string]func(reflect.Value) bool{
	"slug":     func(v reflect.Value) bool { return IsSlug(v.String()) },
	"onetsoc":  func(v reflect.Value) bool { return IsONetSOC(v.String()) },
	"isco08":   func(v reflect.Value) bool { return IsISCO08(v.String()) },
	"riasec":   func(v reflect.Value) bool { return IsHighPoint(v.String()) },
	"escocode": func(v reflect.Value) bool { return IsESCOCode(v.String()) },
	"level":    func(v reflect.Value) bool { return skill.Level(v.Uint()).Valid() },
}

// structRules are the struct-level rules, by type.
var structRules = map[reflect.Type]func(v reflect.Value, report func(field, tag string)){
	reflect.TypeFor[role.Salary]():  func(v reflect.Value, report func(field, tag string)) { salaryRules(ptrTo[role.Salary](v), report) },
	reflect.TypeFor[role.Outlook](): func(v reflect.Value, report func(field, tag string)) { outlookRules(ptrTo[role.Outlook](v), report) },
	reflect.TypeFor[role.Role]():    func(v reflect.Value, report func(field, tag string)) { roleRules(ptrTo[role.Role](v), report) },
	reflect.TypeFor[skill.Requirement](): func(v reflect.Value, report func(field, tag string)) {
		requirementRules(ptrTo[skill.Requirement](v), report)
	},
	reflect.TypeFor[role.CertificationRef](): func(v reflect.Value, report func(field, tag string)) {
		certificationRefRules(ptrTo[role.CertificationRef](v), report)
	},
	reflect.TypeFor[skill.Skill](): func(v reflect.Value, report func(field, tag string)) { skillRules(ptrTo[skill.Skill](v), report) },
	reflect.TypeFor[role.PayBand](): func(v reflect.Value, report func(field, tag string)) {
		payBandRules(ptrTo[role.PayBand](v), report)
	},
}

// ptrTo returns a pointer to the struct v holds, without a copy where v is
// addressable.
func ptrTo[T any](v reflect.Value) *T {
	if v.CanAddr() {
		return v.Addr().Interface().(*T)
	}
	x := v.Interface().(T)
	return &x
}

// messages for struct-level rules, keyed by the tag they report.
var ruleMessages = map[string]string{
	"range_min":       "a range needs a minimum",
	"range_max":       "a range needs a maximum, or open_ended: true for figures such as \"$250,000+\"",
	"min_le_max":      "the minimum is greater than the maximum",
	"range_value":     "a range has min and max, not value",
	"single_value":    "an average, median or percentile needs value",
	"single_minmax":   "an average, median or percentile has value, not min or max",
	"currency_digits": "has more decimal places than the currency's minor unit",
	"from_le_to":      "from_year is after to_year",
	"outlook_figure":  "an outlook entry needs at least one figure or a text",
	"level_valid":     "is not a known seniority level",
	"quote_sources":   "cites a source the entry's sources do not list: every source a quote cites must be in sources",
	"desc_sources":    "cites a source the skill's sources do not list: every source of the description must be in sources",
	"desc_missing":    "names the sources of a description the skill does not have",
	"qualifier_unset": "qualifies a figure the entry does not give",
	"qualifier_twice": "qualifies the same figure twice",
	"name_unknown":    "is neither the role's title nor one of its aliases: add it to aliases, or say in note why it is not one",
}

// salaryRules, outlookRules, roleRules and the others below are the
// struct-level rules:
// each reports a field by JSON name with the tag of the rule it breaks (a
// key of ruleMessages).
func salaryRules(s *role.Salary, report func(field, tag string)) {
	if s.Statistic == 0 || s.Currency.IsZero() {
		return // reported by the field rules
	}
	if s.Statistic.IsRange() {
		if s.Min.IsZero() {
			report("min", "range_min")
		}
		if s.Max.IsZero() && !s.OpenEnded {
			report("max", "range_max")
		}
		if !s.Max.IsZero() && s.Min.Compare(s.Max) > 0 {
			report("max", "min_le_max")
		}
		if !s.Value.IsZero() {
			report("value", "range_value")
		}
	} else {
		if s.Value.IsZero() {
			report("value", "single_value")
		}
		// open_ended marks a single figure stated as a lower bound (a
		// top-coded percentile), so it is allowed here.
		if !s.Min.IsZero() || !s.Max.IsZero() {
			report("min", "single_minmax")
		}
	}
	if _, err := s.Min.In(s.Currency); err != nil && !s.Min.IsZero() {
		report("min", "currency_digits")
	}
	if _, err := s.Max.In(s.Currency); err != nil && !s.Max.IsZero() {
		report("max", "currency_digits")
	}
	if _, err := s.Value.In(s.Currency); err != nil && !s.Value.IsZero() {
		report("value", "currency_digits")
	}
}

// payBandRules holds a grade's pay band to the rule of a role's salary: a
// figure has no more decimal places than its currency's minor unit (ISO
// 4217), so that the band converts to a salary.Band.
func payBandRules(b *role.PayBand, report func(field, tag string)) {
	if b.Currency.IsZero() {
		return // reported by the field rules
	}
	for _, f := range [...]struct {
		field string
		a     salary.Amount
	}{{"min", b.Min}, {"mid", b.Mid}, {"max", b.Max}} {
		if _, err := f.a.In(b.Currency); err != nil && !f.a.IsZero() {
			report(f.field, "currency_digits")
		}
	}
}

func outlookRules(o *role.Outlook, report func(field, tag string)) {
	if o.FromYear != 0 && o.ToYear != 0 && o.FromYear > o.ToYear {
		report("from_year", "from_le_to")
	}
	if o.GrowthPercent == nil && o.AverageGrowthPercent == nil && o.OpeningsPerYear == 0 && o.Employment == 0 && o.Vacancies == 0 && o.Text == "" {
		report("text", "outlook_figure")
	}
	// A qualifier names one of the figures the entry gives, once.
	set := [...]struct {
		figure string
		given  bool
	}{
		{"growth_percent", o.GrowthPercent != nil},
		{"average_growth_percent", o.AverageGrowthPercent != nil},
		{"openings_per_year", o.OpeningsPerYear != 0},
		{"employment", o.Employment != 0},
		{"projected_employment", o.ProjectedEmployment != 0},
		{"vacancies", o.Vacancies != 0},
	}
	var seen [len(set)]bool
	for i, q := range o.Qualifiers {
		k := slices.IndexFunc(set[:], func(f struct {
			figure string
			given  bool
		}) bool {
			return f.figure == q.Figure
		})
		if k < 0 {
			continue // reported by the field rules (oneof)
		}
		if !set[k].given {
			report(fmt.Sprintf("qualifiers[%d].figure", i), "qualifier_unset")
		}
		if seen[k] {
			report(fmt.Sprintf("qualifiers[%d].figure", i), "qualifier_twice")
		}
		seen[k] = true
	}
}

// quotesWithin reports each quote that cites a source the entry's own
// sources do not list.
func quotesWithin(quotes []skill.Quote, sources []string, report func(field, tag string)) {
	for i, q := range quotes {
		for k, id := range q.Sources {
			if id != "" && !slices.Contains(sources, id) {
				report(fmt.Sprintf("quotes[%d].sources[%d]", i, k), "quote_sources")
			}
		}
	}
}

func requirementRules(r *skill.Requirement, report func(field, tag string)) {
	quotesWithin(r.Quotes, r.Sources, report)
}

func certificationRefRules(c *role.CertificationRef, report func(field, tag string)) {
	quotesWithin(c.Quotes, c.Sources, report)
}

func skillRules(s *skill.Skill, report func(field, tag string)) {
	if len(s.DescriptionSources) > 0 && s.Description == "" {
		report("description_sources", "desc_missing")
	}
	for k, id := range s.DescriptionSources {
		if id != "" && !slices.Contains(s.Sources, id) {
			report(fmt.Sprintf("description_sources[%d]", k), "desc_sources")
		}
	}
}

func roleRules(r *role.Role, report func(field, tag string)) {
	if !r.Level.Valid() {
		report("level", "level_valid")
	}
	if len(r.NameSources) > 0 {
		names := make(map[string]bool, 1+len(r.Aliases))
		for _, n := range r.Names() {
			names[fold(n)] = true
		}
		for i, n := range r.NameSources {
			if n.Name != "" && n.Note == "" && !names[fold(n.Name)] {
				report(fmt.Sprintf("name_sources[%d].name", i), "name_unknown")
			}
		}
	}
}

// structOf returns the struct v holds or points to, or the problem that it
// holds none.
func structOf(v any) (reflect.Value, []Problem) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return rv, []Problem{{Message: fmt.Sprintf("cannot validate %T: expected a struct", v)}}
	}
	return rv, nil
}

// Struct validates v (a pointer to a struct or a struct) against its
// types' field and struct-level rules and returns every problem, with paths
// relative to v in JSON names, in the order of the fields.
func Struct(v any) []Problem {
	rv, bad := structOf(v)
	if bad != nil {
		return bad
	}
	var w ruleWalker
	w.structValue(rv, planFor(rv.Type()))
	return w.out
}

// Fields is Struct limited to the fields of v whose JSON names are given:
// their field rules, and the rules of every value they hold, in the order
// of the fields, with paths relative to v ("salaries[1].max"). The
// struct-level rule of v's own type is not checked (it may read other
// fields); for a field of a valid value, Fields finds exactly the problems
// Struct would find there. It lets a caller that changed only those fields
// of a checked value check them alone (rolemodel's Catalog.Amend).
func Fields(v any, names ...string) []Problem {
	rv, bad := structOf(v)
	if bad != nil {
		return bad
	}
	var w ruleWalker
	p := planFor(rv.Type())
	for i := range p.fields {
		f := &p.fields[i]
		if !slices.Contains(names, f.name) {
			continue
		}
		w.path.push(f.name)
		w.traverse(rv.Field(f.index), f.steps, f.sub, f.elem)
		w.path.pop()
	}
	return w.out
}

// quoted quotes a value for a message, cut to a length a person can read:
// the value may be hostile input of any size.
func quoted(v any) string {
	s := fmt.Sprintf("%q", v)
	if len(s) > 80 {
		i := 60
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		s = s[:i] + "…" + `"`
	}
	return s
}

// message is the problem message for a value of the given kind that fails
// a tag with its parameter.
func message(tag, param string, kind reflect.Kind, v any) string {
	if m, ok := ruleMessages[tag]; ok {
		return m
	}
	value := quoted(v)
	switch tag {
	case "required":
		return "is required"
	case "slug":
		return fmt.Sprintf("%s is not a valid ID: expected a lower-case slug such as \"technology-director\" (letters and digits joined by single hyphens)", value)
	case "onetsoc":
		return fmt.Sprintf("%s is not an O*NET-SOC code: expected NN-NNNN.NN, such as 11-3021.00", value)
	case "isco08":
		return fmt.Sprintf("%s is not an ISCO-08 code: expected one to four digits, such as 1330", value)
	case "riasec":
		return fmt.Sprintf("%s is not a high-point code: expected one to three distinct letters of RIASEC, highest first, such as \"ICR\"", value)
	case "escocode":
		return fmt.Sprintf("%s is not an ESCO occupation code: expected an ISCO-08 unit group, a dot and more numbers separated by dots, such as 2654.1.7", value)
	case "url":
		return fmt.Sprintf("%s is not an absolute URL", value)
	case "oneof":
		return fmt.Sprintf("%s is not allowed: expected one of %s", value, strings.ReplaceAll(param, " ", ", "))
	case "level":
		return "is not a proficiency level: expected awareness, working, practitioner, advanced or expert"
	case "min":
		switch kind {
		case reflect.String:
			return fmt.Sprintf("must be at least %s characters long", param)
		case reflect.Slice, reflect.Map:
			return fmt.Sprintf("must have at least %s entries", param)
		}
		return fmt.Sprintf("%v is too small: must be at least %s", v, param)
	case "max":
		switch kind {
		case reflect.String:
			return fmt.Sprintf("is too long: at most %s characters", param)
		case reflect.Slice, reflect.Map:
			return fmt.Sprintf("has too many entries: at most %s", param)
		}
		return fmt.Sprintf("%v is too large: must be at most %s", v, param)
	}
	return fmt.Sprintf("fails the %q rule", tag)
}
