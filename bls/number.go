package bls

import (
	"math"
	"strconv"
	"strings"
)

// cleanNumber checks that s is a number as BLS prints one: an optional
// minus sign (when neg), digits with optional thousands separators (commas
// between groups of three digits), and an optional decimal point followed
// by digits: "171200", "171,200", "23.80", "-0.9". It returns the digits
// without separators.
func cleanNumber(s string, neg bool) (string, bool) {
	if s == "" {
		return "", false
	}
	body := s
	if body[0] == '-' {
		if !neg {
			return "", false
		}
		body = body[1:]
	}
	intPart, frac, hasDot := strings.Cut(body, ".")
	if intPart == "" || hasDot && frac == "" || !digits(frac) {
		return "", false
	}
	if strings.IndexByte(intPart, ',') >= 0 {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 || !digits(groups[0]) {
			return "", false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 || !digits(g) {
				return "", false
			}
		}
		intPart = strings.Join(groups, "")
	} else if !digits(intPart) {
		return "", false
	}
	out := intPart
	if hasDot {
		out += "." + frac
	}
	if s[0] == '-' {
		out = "-" + out
	}
	return out, true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseCents reads a non-negative dollar figure with at most two decimals
// ("171,200", "23.8", "23.80") as a whole number of cents. With stored,
// it also reads a number as a workbook stores it (stored).
func parseCents(s string, stored bool) (int64, bool) {
	c, ok := cleanNumber(s, false)
	if !ok {
		if stored {
			return storedScaled(s, 100)
		}
		return 0, false
	}
	whole, frac, _ := strings.Cut(c, ".")
	if len(frac) > 2 || len(whole) > 15 {
		return 0, false
	}
	for len(frac) < 2 {
		frac += "0"
	}
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	return n, err == nil
}

// parseCount reads a non-negative whole number ("154,187,380"). With
// stored, it also reads a number as a workbook stores it (stored).
func parseCount(s string, stored bool) (int64, bool) {
	if stored {
		if _, ok := cleanNumber(s, false); !ok || strings.IndexByte(s, '.') >= 0 {
			return storedScaled(s, 1)
		}
	}
	c, ok := cleanNumber(s, false)
	if !ok || strings.IndexByte(c, '.') >= 0 || len(c) > 18 {
		return 0, false
	}
	n, err := strconv.ParseInt(c, 10, 64)
	return n, err == nil
}

// parseFloat reads a finite decimal figure ("169,956.1", "-0.9"). With
// stored, it also reads a number as a workbook stores it (stored).
func parseFloat(s string, neg, stored bool) (float64, bool) {
	c, ok := cleanNumber(s, neg)
	if !ok && stored && isStored(s) && (neg || s[0] != '-') {
		c, ok = s, true
	}
	if !ok || len(c) > 30 {
		return 0, false
	}
	v, err := strconv.ParseFloat(c, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// isStored reports whether s is a number in the form a workbook stores
// one: an optional minus sign, digits, an optional fraction and an
// optional exponent ("67920.0", "1.5418738E8", "309.39999999999998").
func isStored(s string) bool {
	if s == "" || len(s) > 30 {
		return false
	}
	mant, exp, hasExp := strings.Cut(strings.ToUpper(s), "E")
	mant = strings.TrimPrefix(mant, "-")
	whole, frac, _ := strings.Cut(mant, ".")
	if whole == "" || !digits(whole) || !digits(frac) {
		return false
	}
	if hasExp {
		exp = strings.TrimPrefix(strings.TrimPrefix(exp, "+"), "-")
		return exp != "" && len(exp) <= 3 && digits(exp)
	}
	return true
}

// storedScaled reads a non-negative number as a workbook stores it and
// returns it times scale, which must come out whole: the cells hold
// figures published to 1/scale, and binary fractions ("4.4000000000000004")
// are the only noise allowed.
func storedScaled(s string, scale float64) (int64, bool) {
	if !isStored(s) || s[0] == '-' {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || v < 0 || v*scale > 1e15 {
		return 0, false
	}
	x := v * scale
	r := math.Round(x)
	if math.Abs(x-r) > 1e-6*math.Max(1, r) {
		return 0, false // more decimals than the figure has
	}
	return int64(r), true
}
