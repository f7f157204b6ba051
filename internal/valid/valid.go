// Package valid holds the module's one validator instance, its custom rules,
// and the translation of its errors into plain messages with field paths.
package valid

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-playground/validator/v10"

	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// Problem is one broken rule: the field path in JSON names, such as
// "roles[3].salaries[1].max", and a message a person can act on.
type Problem struct {
	Path    string
	Message string
}

var (
	slugRE   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	isco08RE = regexp.MustCompile(`^[0-9]{1,4}$`)
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

// IsISCO08 reports whether s is shaped like an ISCO-08 code: one to four
// digits (major group to unit group).
func IsISCO08(s string) bool { return isco08RE.MatchString(s) }

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
	must(v.RegisterValidation("level", func(fl validator.FieldLevel) bool {
		return skill.Level(fl.Field().Uint()).Valid()
	}))
	v.RegisterStructValidation(salaryRules, role.Salary{})
	v.RegisterStructValidation(outlookRules, role.Outlook{})
	v.RegisterStructValidation(roleRules, role.Role{})
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
}

func roleRules(sl validator.StructLevel) {
	r := sl.Current().Interface().(role.Role)
	if !r.Level.Valid() {
		sl.ReportError(r.Level, "level", "Level", "level_valid", "")
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
