//! The wallet's route-editing actions: add, change, remove and reorder steps, apply the
//! newcomer template, and keep stacks' progress and evidence up to date.

use super::{now_rfc3339, Wallet};
use crate::profile::parts::Cefr;
use crate::route::{self, Held, NewStep, Route, StackProgress, Step, StepForm, StepStatus};
use crate::store::StoredCredential;
use crate::{Error, Result};
use chrono::Utc;
use std::collections::{HashMap, HashSet};

impl Wallet {
    /// Adds a step at `position` (`None`: at the end) after checking it; returns its id. The
    /// route must have a target.
    pub fn add_route_step(&mut self, step: NewStep, position: Option<usize>) -> Result<String> {
        check_step(&step.title, &step.skills, &step.details)?;
        let now = now_rfc3339(Utc::now());
        let id = self.store.insert_step(&step, position, &now)?;
        self.apply_stack_progress(&now)?;
        Ok(id)
    }

    /// Changes a step: `change` edits a copy, which is checked and stored. Renaming a step made
    /// from the template drops its template title (the coach's words win).
    pub fn update_route_step(&mut self, id: &str, change: impl FnOnce(&mut Step)) -> Result<Step> {
        let before = self.route_step(id)?;
        let mut step = before.clone();
        change(&mut step);
        step.id = before.id.clone();
        step.evidence = before.evidence.clone();
        if step.title != before.title {
            step.details.template = None;
            step.details.own_title = true;
        }
        check_step(&step.title, &step.skills, &step.details)?;
        let now = now_rfc3339(Utc::now());
        self.store.update_step(&step, &now)?;
        self.apply_stack_progress(&now)?;
        self.route_step(id)
    }

    /// Changes a step's title, helper and due date as typed into the route screen's form (see
    /// [`StepForm`]); refuses an empty title, half a helper or a date that is not a date, and
    /// then changes nothing.
    pub fn edit_route_step(&mut self, id: &str, form: &StepForm) -> Result<Step> {
        let change = form.change()?;
        self.update_route_step(id, change)
    }

    /// Adds a step of `kind` as typed into the route screen's form, at the end; returns its id.
    pub fn add_route_step_from(
        &mut self,
        kind: route::StepKind,
        form: &StepForm,
    ) -> Result<String> {
        self.add_route_step(form.new_step(kind)?, None)
    }

    /// Removes a step.
    pub fn remove_route_step(&mut self, id: &str) -> Result<()> {
        self.store.delete_step(id, &now_rfc3339(Utc::now()))
    }

    /// Moves a step to `position` (0 = first; past the end = last).
    pub fn move_route_step(&mut self, id: &str, position: usize) -> Result<Route> {
        let route = self.route()?.ok_or(Error::RouteNoTarget)?;
        let mut order: Vec<String> = route.steps.iter().map(|s| s.id.clone()).collect();
        let from = order
            .iter()
            .position(|s| s == id)
            .ok_or_else(|| Error::RouteStepNotFound { id: id.into() })?;
        let moved = order.remove(from);
        order.insert(position.min(order.len()), moved);
        self.store.reorder_steps(&order, &now_rfc3339(Utc::now()))?;
        self.route()?.ok_or(Error::RouteNoTarget)
    }

    /// Appends the newcomer step plan (see [`route::newcomer_template`]) for learning
    /// `language` up to `level`; steps of the template already in the route are not added twice.
    pub fn apply_route_template(&mut self, language: &str, level: Cefr) -> Result<Route> {
        let route = self.route()?.ok_or(Error::RouteNoTarget)?;
        let present: HashSet<String> = route
            .steps
            .iter()
            .filter_map(|s| s.details.template.clone())
            .collect();
        for step in route::newcomer_template(language, level) {
            if step
                .details
                .template
                .as_ref()
                .is_some_and(|t| present.contains(t))
            {
                continue;
            }
            self.add_route_step(step, None)?;
        }
        self.route()?.ok_or(Error::RouteNoTarget)
    }

    /// Stack progress of every stacking step of the route, by step id.
    pub fn route_stacks(&self) -> Result<HashMap<String, StackProgress>> {
        let Some(route) = self.route()? else {
            return Ok(HashMap::new());
        };
        let all = self.all_credentials()?;
        let held = held_view(&all);
        Ok(route
            .steps
            .iter()
            .filter(|s| !s.details.stack.is_empty())
            .map(|s| (s.id.clone(), route::stack_progress(&s.details, &held)))
            .collect())
    }

    /// Links each stack's earned credentials as evidence and moves the step: in progress when
    /// some items are earned, done when all are. A step set `done` by hand stays done.
    pub(super) fn apply_stack_progress(&mut self, now: &str) -> Result<()> {
        let Some(route) = self.route()? else {
            return Ok(());
        };
        let stacks = self.route_stacks()?;
        for step in route.steps.iter().filter(|s| s.status != StepStatus::Done) {
            let Some(progress) = stacks.get(&step.id) else {
                continue;
            };
            let earned: Vec<String> = progress.items.iter().flatten().cloned().collect();
            self.store.link_step_evidence(&step.id, &earned)?;
            let status = if progress.complete() {
                StepStatus::Done
            } else if progress.earned > 0 {
                StepStatus::InProgress
            } else {
                step.status
            };
            if status != step.status {
                self.store.set_step_status(&step.id, status, now)?;
            }
        }
        Ok(())
    }

    fn route_step(&self, id: &str) -> Result<Step> {
        self.route()?
            .and_then(|r| r.steps.into_iter().find(|s| s.id == id))
            .ok_or_else(|| Error::RouteStepNotFound { id: id.into() })
    }

    /// Every stored credential, the ones nested in bundles included, in wallet order.
    pub(super) fn all_credentials(&self) -> Result<Vec<StoredCredential>> {
        let mut all = self.list()?;
        for top in all.clone() {
            for child in self.nested_ids(&top.id)? {
                all.push(self.show(&child)?);
            }
        }
        Ok(all)
    }
}

fn held_view(all: &[StoredCredential]) -> Vec<Held<'_>> {
    all.iter()
        .map(|c| Held {
            id: &c.id,
            skills: c.credential.skills.iter().map(String::as_str).collect(),
            names: [
                Some(c.credential.name.as_str()),
                c.credential
                    .achievement
                    .as_ref()
                    .and_then(|a| a.name.as_deref()),
            ]
            .into_iter()
            .flatten()
            .collect(),
        })
        .collect()
}

fn check_step(title: &str, skills: &[String], details: &route::StepDetails) -> Result<()> {
    if title.trim().is_empty() {
        return Err(Error::ProfileInvalid {
            field: "route.title".into(),
            reason: "empty".into(),
        });
    }
    route::check_skills("route.skills", skills)?;
    details.validate()
}
