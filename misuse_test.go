package rolemodel_test

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/schemaorg"
	"github.com/rolemodel/rolemodel/skill"
)

// zeroValues are the zero value of every exported type of the module that
// has methods, each as a pointer so that all its methods can be called.
func zeroValues() map[string]any {
	return map[string]any{
		"rolemodel.Catalog": new(rolemodel.Catalog), "rolemodel.Loader": new(rolemodel.Loader),
		"rolemodel.ValidationError": new(rolemodel.ValidationError), "rolemodel.Problem": new(rolemodel.Problem),
		"rolemodel.UnknownTitleError": new(rolemodel.UnknownTitleError), "rolemodel.AmbiguousTitleError": new(rolemodel.AmbiguousTitleError),
		"rolemodel.NoRequirementsError": new(rolemodel.NoRequirementsError), "rolemodel.Plan": new(rolemodel.Plan),
		"rolemodel.RoleDiff": new(rolemodel.RoleDiff), "rolemodel.Parts": new(rolemodel.Parts), "rolemodel.Facts": new(rolemodel.Facts),
		"career.Graph": new(career.Graph), "career.Path": new(career.Path), "career.Transition": new(career.Transition),
		"career.Kind": new(career.Kind), "career.RoleError": new(career.RoleError), "career.NoPathError": new(career.NoPathError),
		"career.QueryError": new(career.QueryError), "career.TransitionError": new(career.TransitionError), "career.KindError": new(career.KindError),
		"role.Role": new(role.Role), "role.Years": new(role.Years), "role.Level": new(role.Level), "role.Track": new(role.Track),
		"role.Degree": new(role.Degree), "role.Priority": new(role.Priority), "role.Codes": new(role.Codes), "role.Salary": new(role.Salary),
		"role.NameError": new(role.NameError), "role.YearsError": new(role.YearsError),
		"skill.Skill": new(skill.Skill), "skill.Certification": new(skill.Certification), "skill.Requirement": new(skill.Requirement),
		"skill.Level": new(skill.Level), "skill.Kind": new(skill.Kind), "skill.CredentialKind": new(skill.CredentialKind),
		"skill.Profile": new(skill.Profile), "skill.Gap": new(skill.Gap), "skill.Shortfall": new(skill.Shortfall),
		"skill.ProfileError": new(skill.ProfileError), "skill.LevelError": new(skill.LevelError),
		"salary.Currency": new(salary.Currency), "salary.Amount": new(salary.Amount), "salary.Money": new(salary.Money),
		"salary.Period": new(salary.Period), "salary.Statistic": new(salary.Statistic), "salary.Range": new(salary.Range),
		"salary.Band": new(salary.Band), "salary.Convention": new(salary.Convention), "salary.Summary": new(salary.Summary),
		"salary.AmountError": new(salary.AmountError), "salary.ConventionError": new(salary.ConventionError),
		"salary.CurrencyError": new(salary.CurrencyError), "salary.MoneyError": new(salary.MoneyError),
		"salary.ValueError": new(salary.ValueError), "salary.ParseError": new(salary.ParseError),
		"salary.PeriodError": new(salary.PeriodError), "salary.StatisticError": new(salary.StatisticError),
		"skill.KindError": new(skill.KindError), "rolemodel.Loader(nil fields)": &rolemodel.Loader{},
		"esco.Hierarchy": new(esco.Hierarchy), "schemaorg.Occupation": new(schemaorg.Occupation),
	}
}

// out-of-range values of the enumerations, which a caller can make by
// conversion.
func outOfRange() map[string]any {
	return map[string]any{
		"career.Kind(200)": ptr(career.Kind(200)), "role.Level(200)": ptr(role.Level(200)), "role.Track(200)": ptr(role.Track(200)),
		"role.Degree(200)": ptr(role.Degree(200)), "role.Priority(200)": ptr(role.Priority(200)), "skill.Level(200)": ptr(skill.Level(200)),
		"skill.Kind(200)": ptr(skill.Kind(200)), "skill.CredentialKind(200)": ptr(skill.CredentialKind(200)),
		"salary.Period(200)": ptr(salary.Period(200)), "salary.Statistic(200)": ptr(salary.Statistic(200)),
		"salary.Convention{NaN}": &salary.Convention{HoursPerYear: -1, DaysPerYear: 0, WeeksPerYear: -52, MonthsPerYear: 0},
	}
}

func ptr[T any](v T) *T { return &v }

// call calls fn with zero arguments (and no variadic ones), drains any
// iterator it returns, and reports a panic.
func call(name string, fn reflect.Value) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("%s panicked: %v", name, r)
		}
	}()
	ft := fn.Type()
	n := ft.NumIn()
	if ft.IsVariadic() {
		n--
	}
	args := make([]reflect.Value, n)
	for i := range n {
		args[i] = reflect.Zero(ft.In(i))
	}
	for _, out := range fn.Call(args) {
		drain(out)
	}
	return ""
}

// drain ranges over an iter.Seq or iter.Seq2 result to its end.
func drain(v reflect.Value) {
	t := v.Type()
	if t.Kind() != reflect.Func || t.NumIn() != 1 || t.In(0).Kind() != reflect.Func || v.IsNil() {
		return
	}
	yield := reflect.MakeFunc(t.In(0), func([]reflect.Value) []reflect.Value { return []reflect.Value{reflect.ValueOf(true)} })
	v.Call([]reflect.Value{yield})
}

// TestZeroValuesDoNotPanic calls every method of the zero value of every
// exported type, and of out-of-range enumeration values, with zero
// arguments: nil slices, maps, functions and readers, empty strings, zero
// numbers. Whatever the answer (an error, an empty result, a "(unknown)"
// name), no method may panic. Must* functions are left out: panicking is
// what they are for.
func TestZeroValuesDoNotPanic(t *testing.T) {
	values := zeroValues()
	for k, v := range outOfRange() {
		values[k] = v
	}
	values["(*rolemodel.Catalog)(nil)"] = (*rolemodel.Catalog)(nil)
	values["(*career.Graph)(nil)"] = (*career.Graph)(nil)
	values["(*esco.Hierarchy)(nil)"] = (*esco.Hierarchy)(nil)
	calls := 0
	for name, v := range values {
		rv := reflect.ValueOf(v)
		for i := range rv.NumMethod() {
			m := rv.Type().Method(i)
			if strings.HasPrefix(m.Name, "Must") {
				continue
			}
			calls++
			if msg := call(name+"."+m.Name, rv.Method(i)); msg != "" {
				t.Error(msg)
			}
		}
	}
	t.Logf("%d methods called", calls)
}

// TestFunctionsWithZeroArguments calls the package-level functions of the
// module with zero arguments.
func TestFunctionsWithZeroArguments(t *testing.T) {
	funcs := map[string]any{
		"rolemodel.Load": rolemodel.Load, "rolemodel.LoadFile": rolemodel.LoadFile, "rolemodel.LoadFS": rolemodel.LoadFS,
		"rolemodel.Build": rolemodel.Build, "rolemodel.Merge": rolemodel.Merge,
		"career.New": career.New, "career.ParseKind": career.ParseKind,
		"role.ParseLevel": role.ParseLevel, "role.ParseYears": role.ParseYears, "role.ParseDegree": role.ParseDegree,
		"skill.ParseLevel": skill.ParseLevel, "skill.Assess": skill.Assess, "skill.FromONetLevel": skill.FromONetLevel,
		"salary.Parse": salary.Parse, "salary.ParseMoney": salary.ParseMoney, "salary.ParseAmount": salary.ParseAmount,
		"salary.ParseCurrency": salary.ParseCurrency, "salary.ParseBand": salary.ParseBand, "salary.Summarize": salary.Summarize,
		"salary.NewRange": salary.NewRange, "salary.NewFigure": salary.NewFigure,
		"onet.Load": onet.Load, "onet.LoadDir": onet.LoadDir, "onet.RoleID": onet.RoleID, "onet.Code": onet.Code,
		"esco.Load": esco.Load, "esco.LoadDir": esco.LoadDir, "esco.ReadHierarchy": esco.ReadHierarchy,
		"esco.Similarity": esco.Similarity, "esco.Similarities": esco.Similarities, "esco.RoleID": esco.RoleID,
		"schemaorg.NewOccupation": schemaorg.NewOccupation, "schemaorg.Marshal": schemaorg.Marshal, "schemaorg.WriteJSONLD": schemaorg.WriteJSONLD,
	}
	for name, f := range funcs {
		if msg := call(name, reflect.ValueOf(f)); msg != "" {
			t.Error(msg)
		}
	}
}

// TestOutOfRangeOptions gives every option a value outside its range: a
// query or load then fails with an error, or treats the value as the
// documented default, and never panics.
func TestOutOfRangeOptions(t *testing.T) {
	g := rolemodel.Default().Graph()
	for name, o := range map[string]career.Option{
		"WeightBy(nil)": career.WeightBy(nil), "MaxMoves(-5)": career.MaxMoves(-5), "OnlyKinds(200)": career.OnlyKinds(career.Kind(200)),
		"OnlyKinds()": career.OnlyKinds(), "Avoid(\"\")": career.Avoid(""), "Avoid(from)": career.Avoid("senior-it-manager"),
		"WeightBy(NaN)":  career.WeightBy(func(career.Transition) float64 { return math.NaN() }),
		"WeightBy(-1)":   career.WeightBy(func(career.Transition) float64 { return -1 }),
		"WeightBy(+Inf)": career.WeightBy(func(career.Transition) float64 { return math.Inf(1) }),
		"nil option":     nil,
	} {
		for _, q := range []func() error{
			func() error { _, err := g.ShortestPath("senior-it-manager", "cto", o); return err },
			func() error { _, err := g.KShortestPaths("senior-it-manager", "cto", 3, o); return err },
			func() error {
				for range g.Reachable("senior-it-manager", o) {
				}
				return nil
			},
		} {
			if msg := call(name, reflect.ValueOf(q)); msg != "" {
				t.Error(msg)
			}
		}
	}
	for name, q := range map[string]func() error{
		"KShortestPaths(k=-1)":     func() error { _, err := g.KShortestPaths("a", "b", -1); return err },
		"KShortestPaths(k=MaxInt)": func() error { _, err := g.KShortestPaths("senior-it-manager", "cto", math.MaxInt); return err },
		"Around(-1)":               func() error { return g.WriteMermaid(new(strings.Builder), career.Around("", -1)) },
		"Highlight(zero path)":     func() error { return g.WriteDOT(new(strings.Builder), career.Highlight(career.Path{})) },
		"WriteDOT(nil writer)":     func() error { return g.WriteDOT(nil) },
		"NextSteps(n=-1)":          func() error { _, err := rolemodel.Default().NextSteps(skill.Profile{}, "cto", -1); return err },
		"Similar(n=-1)":            func() error { rolemodel.Default().Similar("x", -1); return nil },
		"onet.MaxFileSize(-1)": func() error {
			_, err := onet.LoadDir(onet20, onet.MaxFileSize(-1), onet.MaxRelatedIndex(-1), onet.EssentialImportance(math.NaN()), onet.Transitions(255))
			return err
		},
		"esco.Threshold(NaN)": func() error {
			_, err := esco.LoadDir("esco/testdata/v1.1", esco.Threshold(math.NaN()), esco.MaxTransitions(-1), esco.MaxFileSize(-1))
			return err
		},
		"schemaorg.WriteJSONLD(nil)": func() error { return schemaorg.WriteJSONLD(nil, rolemodel.Default(), "cto") },
	} {
		if msg := call(name, reflect.ValueOf(q)); msg != "" {
			t.Error(msg)
		}
	}
}
