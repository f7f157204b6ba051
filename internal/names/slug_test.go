package names

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Programming and build (software engineering)": "programming-and-build-software-engineering",
		"Head of (Agile) delivery management":          "head-of-agile-delivery-management",
		"Quality assurance testing (QAT)":              "quality-assurance-testing-qat",
		"  Senior developer - management ":             "senior-developer-management",
		"User-centred design":                          "user-centred-design",
		"Café 2":                                       "caf-2",
		"---":                                          "",
		"":                                             "",
	} {
		assert.Equal(t, want, Slug(in), in)
	}
}
