// Package valid holds the module's one validator instance, its custom rules,
// and the translation of its errors into plain messages with field paths.
package valid

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-playground/validator/v10"

	"github.com/rolemodel/rolemodel/internal/names"
	"github.com/rolemodel/rolemodel/role"
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

var instance = sync.OnceValue(func() *validator.Validate {
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
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(v.RegisterValidation("slug", func(fl validator.FieldLevel) bool { return IsSlug(fl.Field().String()) }))
	must(v.RegisterValidation("onetsoc", func(fl validator.FieldLevel) bool { return IsONetSOC(fl.Field().String()) }))
	must(v.RegisterValidation("isco08", func(fl validator.FieldLevel) bool { return IsISCO08(fl.Field().String()) }))
	must(v.RegisterValidation("riasec", func(fl validator.FieldLevel) bool { return IsHighPoint(fl.Field().String()) }))
	must(v.RegisterValidation("escocode", func(fl validator.FieldLevel) bool { return IsESCOCode(fl.Field().String()) }))
	must(v.RegisterValidation("level", func(fl validator.FieldLevel) bool {
		return skill.Level(fl.Field().Uint()).Valid()
	}))
	v.RegisterStructValidation(salaryRules, role.Salary{})
	v.RegisterStructValidation(outlookRules, role.Outlook{})
	v.RegisterStructValidation(roleRules, role.Role{})
	v.RegisterStructValidation(requirementRules, skill.Requirement{})
	v.RegisterStructValidation(certificationRefRules, role.CertificationRef{})
	v.RegisterStructValidation(skillRules, skill.Skill{})
	return v
})

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

func salaryRules(sl validator.StructLevel) {
	s := sl.Current().Interface().(role.Salary)
	if s.Statistic == 0 || s.Currency.IsZero() {
		return // reported by the field rules
	}
	if s.Statistic.IsRange() {
		if s.Min.IsZero() {
			sl.ReportError(s.Min, "min", "Min", "range_min", "")
		}
		if s.Max.IsZero() && !s.OpenEnded {
			sl.ReportError(s.Max, "max", "Max", "range_max", "")
		}
		if !s.Max.IsZero() && s.Min.Compare(s.Max) > 0 {
			sl.ReportError(s.Max, "max", "Max", "min_le_max", "")
		}
		if !s.Value.IsZero() {
			sl.ReportError(s.Value, "value", "Value", "range_value", "")
		}
	} else {
		if s.Value.IsZero() {
			sl.ReportError(s.Value, "value", "Value", "single_value", "")
		}
		// open_ended marks a single figure stated as a lower bound (a
		// top-coded percentile), so it is allowed here.
		if !s.Min.IsZero() || !s.Max.IsZero() {
			sl.ReportError(s.Min, "min", "Min", "single_minmax", "")
		}
	}
	if _, err := s.Min.In(s.Currency); err != nil && !s.Min.IsZero() {
		sl.ReportError(s.Min, "min", "Min", "currency_digits", "")
	}
	if _, err := s.Max.In(s.Currency); err != nil && !s.Max.IsZero() {
		sl.ReportError(s.Max, "max", "Max", "currency_digits", "")
	}
	if _, err := s.Value.In(s.Currency); err != nil && !s.Value.IsZero() {
		sl.ReportError(s.Value, "value", "Value", "currency_digits", "")
	}
}

func outlookRules(sl validator.StructLevel) {
	o := sl.Current().Interface().(role.Outlook)
	if o.FromYear != 0 && o.ToYear != 0 && o.FromYear > o.ToYear {
		sl.ReportError(o.FromYear, "from_year", "FromYear", "from_le_to", "")
	}
	if o.GrowthPercent == nil && o.AverageGrowthPercent == nil && o.OpeningsPerYear == 0 && o.Employment == 0 && o.Vacancies == 0 && o.Text == "" {
		sl.ReportError(o.Text, "text", "Text", "outlook_figure", "")
	}
	set := map[string]bool{
		"growth_percent":         o.GrowthPercent != nil,
		"average_growth_percent": o.AverageGrowthPercent != nil,
		"openings_per_year":      o.OpeningsPerYear != 0,
		"employment":             o.Employment != 0,
		"projected_employment":   o.ProjectedEmployment != 0,
		"vacancies":              o.Vacancies != 0,
	}
	seen := map[string]bool{}
	for i, q := range o.Qualifiers {
		isSet, known := set[q.Figure]
		if known && !isSet {
			sl.ReportError(q.Figure, fmt.Sprintf("qualifiers[%d].figure", i), "Figure", "qualifier_unset", "")
		}
		if known && seen[q.Figure] {
			sl.ReportError(q.Figure, fmt.Sprintf("qualifiers[%d].figure", i), "Figure", "qualifier_twice", "")
		}
		seen[q.Figure] = true
	}
}

// quotesWithin reports each quote that cites a source the entry's own
// sources do not list.
func quotesWithin(sl validator.StructLevel, quotes []skill.Quote, sources []string) {
	for i, q := range quotes {
		for k, id := range q.Sources {
			if id != "" && !slices.Contains(sources, id) {
				sl.ReportError(id, fmt.Sprintf("quotes[%d].sources[%d]", i, k), "Sources", "quote_sources", "")
			}
		}
	}
}

func requirementRules(sl validator.StructLevel) {
	r := sl.Current().Interface().(skill.Requirement)
	quotesWithin(sl, r.Quotes, r.Sources)
}

func certificationRefRules(sl validator.StructLevel) {
	c := sl.Current().Interface().(role.CertificationRef)
	quotesWithin(sl, c.Quotes, c.Sources)
}

func skillRules(sl validator.StructLevel) {
	s := sl.Current().Interface().(skill.Skill)
	if len(s.DescriptionSources) > 0 && s.Description == "" {
		sl.ReportError(s.DescriptionSources, "description_sources", "DescriptionSources", "desc_missing", "")
	}
	for k, id := range s.DescriptionSources {
		if id != "" && !slices.Contains(s.Sources, id) {
			sl.ReportError(id, fmt.Sprintf("description_sources[%d]", k), "DescriptionSources", "desc_sources", "")
		}
	}
}

func roleRules(sl validator.StructLevel) {
	r := sl.Current().Interface().(role.Role)
	if !r.Level.Valid() {
		sl.ReportError(r.Level, "level", "Level", "level_valid", "")
	}
	if len(r.NameSources) > 0 {
		names := make(map[string]bool, 1+len(r.Aliases))
		for _, n := range r.Names() {
			names[fold(n)] = true
		}
		for i, n := range r.NameSources {
			if n.Name != "" && n.Note == "" && !names[fold(n.Name)] {
				sl.ReportError(n.Name, fmt.Sprintf("name_sources[%d].name", i), "Name", "name_unknown", "")
			}
		}
	}
}

// Struct validates v (a pointer to a struct or a struct) and returns every
// problem, with paths relative to v in JSON names.
func Struct(v any) []Problem {
	err := instance().Struct(v)
	if err == nil {
		return nil
	}
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		return []Problem{{Message: err.Error()}}
	}
	out := make([]Problem, 0, len(verrs))
	for _, fe := range verrs {
		ns := fe.Namespace()
		// Drop the root type's name: "document.roles[0].id" -> "roles[0].id".
		if _, rest, ok := strings.Cut(ns, "."); ok {
			ns = rest
		} else {
			ns = ""
		}
		out = append(out, Problem{Path: ns, Message: message(fe)})
	}
	return out
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

func message(fe validator.FieldError) string {
	if m, ok := ruleMessages[fe.Tag()]; ok {
		return m
	}
	kind := fe.Kind()
	value := quoted(fe.Value())
	switch fe.Tag() {
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
		return fmt.Sprintf("%s is not allowed: expected one of %s", value, strings.ReplaceAll(fe.Param(), " ", ", "))
	case "level":
		return "is not a proficiency level: expected awareness, working, practitioner, advanced or expert"
	case "min":
		switch kind {
		case reflect.String:
			return fmt.Sprintf("must be at least %s characters long", fe.Param())
		case reflect.Slice, reflect.Map:
			return fmt.Sprintf("must have at least %s entries", fe.Param())
		}
		return fmt.Sprintf("%v is too small: must be at least %s", fe.Value(), fe.Param())
	case "max":
		switch kind {
		case reflect.String:
			return fmt.Sprintf("is too long: at most %s characters", fe.Param())
		case reflect.Slice, reflect.Map:
			return fmt.Sprintf("has too many entries: at most %s", fe.Param())
		}
		return fmt.Sprintf("%v is too large: must be at most %s", fe.Value(), fe.Param())
	}
	return fmt.Sprintf("fails the %q rule", fe.Tag())
}
