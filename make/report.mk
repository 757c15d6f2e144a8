# make/report.mk: the section notebooks -> executed notebooks, figures, summaries, index.html.
# Included from the Makefile (it reuses STAMP, PY, DATA, RAW). One rule per notebook, so a change
# to one notebook or its parameter file re-runs only that notebook; `make -j2 report` runs two at once.
#
#   make report                                 committed outputs: reports/, figures/
#   make report PARAMS=params/variants/x.yaml   a variant into build/variants/x/ (committed outputs untouched)
#   make lab                                    JupyterLab on notebooks/ with the briconnect kernel

NOTEBOOK_NAMES := $(sort $(basename $(notdir $(wildcard notebooks/[0-9][0-9]-*.ipynb))))
# The package modules a notebook run really depends on (not the extraction modules: the CSVs stand
# for those).
REPORT_PKG := $(addprefix src/briconnect/,analysis.py data.py figures.py io.py maps.py \
	notebook_run.py paths.py report.py summaries.py errors.py)
REPORT_DATA := $(sort $(DATA) data/processed/sections.csv)

ifdef PARAMS
REPORT_ROOT := build/variants/$(basename $(notdir $(PARAMS)))
VARIANT_ARG := --variant $(PARAMS)
else
REPORT_ROOT := .
VARIANT_ARG :=
endif
REPORT_NBS := $(NOTEBOOK_NAMES:%=$(REPORT_ROOT)/reports/notebooks/%.ipynb)
REPORT_INDEX := $(REPORT_ROOT)/reports/index.html

.PHONY: report lab

report: $(REPORT_INDEX) ## Run every section notebook; figures, summaries and reports/index.html (PARAMS=file for a variant)

# One papermill run writes the executed notebook, its figures/NN-*/ and its summary; the executed
# notebook is the target that stands for all three (it is replaced only when the run succeeds).
$(REPORT_ROOT)/reports/notebooks/%.ipynb: notebooks/%.ipynb params/%.yaml $(PARAMS) $(REPORT_DATA) $(REPORT_PKG) $(STAMP)
	@$(PY) -m briconnect.report run $* $(VARIANT_ARG)

$(REPORT_INDEX): $(REPORT_NBS) src/briconnect/report.py $(STAMP)
	@$(PY) -m briconnect.report index $(VARIANT_ARG)

lab: $(STAMP) ## Start JupyterLab in notebooks/ with the project kernel (briconnect)
	$(VENV)/bin/jupyter lab --allow-root --notebook-dir=notebooks \
		--MultiKernelManager.default_kernel_name=briconnect
