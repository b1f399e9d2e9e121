//! The profile, vacancy and route editing of the real app window, over WebDriver under Xvfb:
//! fill the Skills Profile Tool's parts (person, a language with CEFR levels, a volunteer job
//! linked to an ESCO skill, an own skill added and removed), paste a vacancy and read its gaps,
//! then build a route — a step with a helper and a due date, marked done, moved, and the
//! newcomer step plan, the step then changed in its own form (kept after a reload) — and look
//! at the route screen in English and Arabic (right to left, the template's titles translated),
//! then in Dutch and Tigrinya. Screenshots: `target/e2e-screenshots/<name>-<lang>.png`
//! (profile-edit, vacancy, route-edit, route-step-form and parts);
//! axe-core on each: no serious or critical violation may remain.
//!
//! Ignored by default (needs a display, `WebKitWebDriver`, the built app and `npm ci` in
//! tests/e2e). Run: `cargo build -p erkend-app &&
//!  xvfb-run -a cargo test -p erkend-e2e --test profile_route -- --include-ignored --nocapture`.

use erkend_e2e::{app_binary, screenshot_dir, target_dir, Driver, ScreenChecks, Session, TestHome};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);
/// The ESCO database is built on the app's first use of it (about 15 s in a debug build); the
/// file is shared with `screens.rs`, so usually it is already there.
const ESCO_WAIT: Duration = Duration::from_secs(180);
/// A pasted vacancy: one skill the learner holds, several gaps.
const VACANCY: &str = "Kitchen assistant wanted. You think analytically, manage budgets and \
                       prepare vegetables. Dutch B1.";
/// "think analytically".
const ANALYTICAL: &str = "http://data.europa.eu/esco/skill/4707da90-9cfc-46ca-8de0-38a0b7bfb137";

struct Run<'a> {
    s: Session<'a>,
    shots: PathBuf,
    checks: ScreenChecks,
}

impl Run<'_> {
    fn js(&self, script: &str, args: Value) -> Value {
        self.s.execute(script, args).expect(script)
    }

    fn wait(&self, script: &str) {
        if let Err(e) = self.s.wait_script(script, WAIT) {
            self.fail(script, &e.to_string());
        }
    }

    /// Waits until the text of `css` (as WebDriver reads it) contains `needle`.
    fn wait_text(&self, css: &str, needle: &str) {
        let until = Instant::now() + WAIT;
        loop {
            // Read in the page, not by element reference: the list is re-rendered meanwhile.
            let seen = self.js(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText : ''",
                json!([css]),
            );
            let seen = seen
                .as_str()
                .unwrap_or_default()
                .replace(['\u{2068}', '\u{2069}'], "");
            if seen.contains(needle) {
                return;
            }
            if Instant::now() > until {
                self.fail(css, &format!("{needle:?} not in {seen:?}"));
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn count(&self, css: &str, n: usize) {
        self.wait(&format!(
            "return document.querySelectorAll('{css}').length === {n}"
        ));
    }

    /// Sets a control's value (text, select, date) the way typing or picking would.
    fn set(&self, id: &str, value: &str) {
        self.js(
            "const e = document.getElementById(arguments[0]); e.value = arguments[1]; \
             e.dispatchEvent(new Event('input')); e.dispatchEvent(new Event('change')); return true;",
            json!([id, value]),
        );
    }

    /// Waits for `css`; when it does not come, photographs the window and prints the screen's
    /// text and any error box first, so a failure says what the learner would have seen.
    fn visible(&self, css: &str, timeout: Duration) {
        if let Err(e) = self.s.wait_visible(css, timeout) {
            self.fail(css, &e.to_string());
        }
    }

    fn fail(&self, what: &str, error: &str) -> ! {
        let _ = self.s.screenshot(&self.shots.join("edit-failure.png"));
        let seen = self.js(
            "const s = [...document.querySelectorAll('.screen')].find(x => !x.hidden); \
             return [s && s.id, [...document.querySelectorAll('.error:not([hidden])')] \
               .map(e => e.textContent)]",
            json!([]),
        );
        panic!("{what}: {error}; showing {seen}");
    }

    fn click(&self, css: &str) {
        self.s.click_visible(css, WAIT).expect(css);
    }

    /// The text of `css` without Fluent's bidi isolation marks around placeables.
    fn text(&self, css: &str) -> String {
        let text = self.s.text_visible(css, WAIT).expect(css);
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    /// Types into an ESCO search box and picks the hit with `uri` (or the first one).
    fn pick(&self, box_id: &str, query: &str, uri: Option<&str>) {
        let input = self
            .s
            .find(&format!("#{box_id}-input"))
            .expect("search input");
        self.s.send_keys(&input, query).expect("type");
        let hit = match uri {
            Some(u) => format!("#{box_id} .esco-hit[data-uri='{u}']"),
            None => format!("#{box_id} .esco-hit"),
        };
        self.click(&hit);
    }

    fn language(&self, tag: &str) {
        self.set("language", tag);
        self.wait(&format!("return document.documentElement.lang === '{tag}'"));
    }

    fn scroll_to(&self, css: &str) {
        self.js(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'start'}); return true;",
            json!([css]),
        );
    }

    /// Scrolls `css` into view and photographs the window (`<name>-<lang>.png`).
    fn shot(&self, name: &str, css: &str) {
        self.scroll_to(css);
        // Let pending translations land before photographing the page.
        std::thread::sleep(Duration::from_millis(300));
        let lang = self.s.lang().expect("lang");
        self.s
            .screenshot(&self.shots.join(format!("{name}-{lang}.png")))
            .expect("screenshot");
    }

    /// Scrolls `css` into view, photographs the window (`<name>-<lang>.png`) and checks it.
    fn check(&mut self, name: &str, css: &str) {
        self.scroll_to(css);
        self.checks.screen(&self.s, name);
    }
}

#[test]
#[ignore = "needs a display (xvfb-run), WebKitWebDriver, the built app and npm ci; run with --include-ignored"]
fn profile_parts_vacancy_and_route_are_edited_in_english_and_arabic_and_shown_in_dutch_and_tigrinya(
) {
    let started = Instant::now();
    let shots = screenshot_dir();
    let home = TestHome::new();
    let wallet = home.join("wallet.db");
    let esco = target_dir().join("e2e-esco.db");
    let env = home.env(&[("ERKEND_WALLET", &wallet), ("ERKEND_ESCO_DB", &esco)]);
    let driver = Driver::start(&env, &shots.join("driver-profile-route.log")).expect("driver");
    let mut run = Run {
        s: driver.session(&app_binary()).expect("session"),
        shots: shots.clone(),
        checks: ScreenChecks::new(shots),
    };

    // An unprotected wallet (no passphrase: the key derivation would only cost time here).
    run.s.wait_visible("#screen-create", WAIT).expect("create");
    run.language("en");
    run.click("#create-plain-ack");
    run.click("#create-plain");
    run.s.wait_visible("#wallet-empty", WAIT).expect("wallet");

    // Profile, part 1: the person.
    run.click("#nav-profile");
    run.visible("#person-lang-ar", ESCO_WAIT);
    println!(
        "e2e: profile ready after {} ms",
        started.elapsed().as_millis()
    );
    run.set("person-name", "Amal Haddad");
    run.click("#person-lang-ar");
    run.set("person-email", "amal@example.org");
    run.click("#person-save");
    run.wait("return document.getElementById('person-result').textContent === 'Saved.'");

    // Part 3: Dutch with a level per skill, then changed.
    run.set("language-tag", "nl");
    for (skill, level) in [("listening", "B1"), ("reading", "A2"), ("speaking", "A2")] {
        run.set(&format!("language-{skill}"), level);
    }
    run.click("#language-save");
    run.count("#language-list .entry", 1);
    run.click("#language-list .entry button[data-language='nl']");
    run.set("language-speaking", "B1");
    run.click("#language-save");
    run.wait_text("#language-list .entry", "Speaking: B1");
    run.count("#language-list .entry", 1);

    // Part 3: volunteer work linked to an ESCO skill; its skill joins the profile.
    run.set("experience-kind", "volunteer");
    run.set("experience-job", "Kitchen help");
    run.set("experience-from", "2023-02");
    run.pick("experience-search", "think analytically", Some(ANALYTICAL));
    run.count("#experience-links .entry", 1);
    run.click("#experience-save");
    run.count("#experience-list .entry", 1);
    run.wait(&format!(
        "return !!document.querySelector('#profile-groups .skill[data-uri=\"{ANALYTICAL}\"]')"
    ));
    // A date that does not parse is refused with the core's message; nothing changes.
    run.click("#experience-list .entry .link-button");
    run.set("experience-to", "last summer");
    run.click("#experience-save");
    // Waited for, not read at once: the box shows before its message is translated.
    run.wait_text("#experience-error", "cannot be saved");
    run.set("experience-to", "2023-11");
    run.set("experience-job", "Kitchen help, community centre");
    run.click("#experience-save");
    run.wait(
        "return document.querySelector('#experience-list .entry-name').textContent \
                === 'Kitchen help, community centre'",
    );

    // An own skill, marked as the learner's own word, added and removed.
    run.pick("profile-search", "teamwork", None);
    run.count("#own-skills .entry", 1);
    let own = run.text("#own-skills .entry");
    assert!(own.contains("Your own word"), "{own}");
    run.click("#own-skills .entry .danger-link");
    run.count("#own-skills .entry", 0);
    run.check("profile-edit", "#person-form");

    // A vacancy: its ESCO skills, the one held, the gaps.
    run.click("#nav-match");
    run.set("vacancy-text", VACANCY);
    run.set("vacancy-language", "en");
    run.click("#vacancy-submit");
    run.s
        .wait_visible("#vacancy-result .vacancy-fit", ESCO_WAIT)
        .expect("vacancy result");
    run.wait(&format!(
        "return !!document.querySelector('.vacancy-skills li.held[data-uri=\"{ANALYTICAL}\"]')"
    ));
    let gaps = run.js(
        "return document.querySelectorAll('.vacancy-gaps li').length",
        json!([]),
    );
    assert!(gaps.as_u64().is_some_and(|n| n >= 1), "gaps: {gaps}");
    let fit = run.text("#vacancy-result .vacancy-fit");
    assert!(fit.contains("you have 1 of the"), "{fit}");
    run.check("vacancy", "#vacancy-form");

    // The route: a goal, a step of the learner's own with a helper and a due date, marked done
    // and moved to the top, then the newcomer step plan.
    run.click("#nav-route");
    run.pick("route-search", "hospitality revenue manager", None);
    run.s
        .wait_visible("#route-steps .step", ESCO_WAIT)
        .expect("route");
    let suggested = run.js(
        "return document.querySelectorAll('#route-steps .step').length",
        json!([]),
    );
    let suggested = suggested.as_u64().expect("count") as usize;
    run.set("step-kind", "practical");
    run.set("step-title", "Visit the job centre with Sanne");
    run.set("step-helper-role", "coach");
    run.set("step-helper-name", "Sanne");
    run.set("step-due", "2026-12-01");
    run.click("#step-add");
    run.count("#route-steps .step", suggested + 1);
    let last = format!("#route-steps .step:nth-child({})", suggested + 1);
    let meta = run.text(&format!("{last} .step-meta"));
    assert!(meta.contains("Job coach: Sanne"), "{meta}");
    run.js(
        "const s = document.querySelector(arguments[0] + ' select'); s.value = 'done'; \
         s.dispatchEvent(new Event('change')); return true;",
        json!([last]),
    );
    run.count("#route-steps .st-done", 1);
    let progress = run.text("#route-progress");
    assert!(progress.starts_with("1 of"), "{progress}");
    // Up one place at a time would take long; the core moves it straight to the top over IPC
    // in the IPC tests, here the button moves it one place up.
    run.click(&format!("{last} .step-up"));
    run.wait(&format!(
        "return document.querySelector('#route-steps .step:nth-child({suggested})') \
                .classList.contains('st-done')"
    ));
    run.set("template-language", "nl");
    run.set("template-level", "B1");
    run.click("#template-apply");
    run.count("#route-steps .step", suggested + 7);
    let first_template = format!("#route-steps .step:nth-child({})", suggested + 2);
    assert_eq!(
        run.text(&format!("{first_template} .step-title")),
        "Learn the language of your new country"
    );
    // The step changed in its own form, by keyboard: the form opens with focus on the title,
    // Escape closes it and gives focus back; an empty title is refused with the core's words;
    // a new title, helper and due date are saved and kept after the window reloads.
    let done = "#route-steps .st-done";
    run.click(&format!("{done} .step-edit-open"));
    run.wait(
        "return document.activeElement && document.activeElement.id.startsWith('step-edit-title-')",
    );
    let title = run
        .s
        .find(&format!("{done} .step-edit input"))
        .expect("title");
    run.s.send_keys(&title, "\u{E00C}").expect("escape");
    run.wait(&format!(
        "return !document.querySelector('{done} .step-edit') && \
                document.activeElement.classList.contains('step-edit-open')"
    ));
    run.click(&format!("{done} .step-edit-open"));
    let field = |name: &str| {
        let id = run.js(
            "return document.querySelector(arguments[0]).id",
            json!([format!(
                "{done} .step-edit [id^='step-edit-{name}-']:not([id$='-help'])"
            )]),
        );
        id.as_str().expect("id").to_string()
    };
    let (title, role, name, due) = (field("title"), field("role"), field("name"), field("due"));
    assert_eq!(
        run.js(
            "return document.getElementById(arguments[0]).value",
            json!([title])
        ),
        json!("Visit the job centre with Sanne")
    );
    run.set(&title, " ");
    run.click(&format!("{done} .step-edit-save"));
    run.wait_text(
        &format!("{done} .step-edit .error"),
        "This step has no title.",
    );
    run.shot("route-step-form", done);
    run.set(&title, "Job centre: bring the diploma");
    run.set(&role, "mentor");
    run.set(&name, "Fatima");
    run.set(&due, "2027-01-15");
    run.click(&format!("{done} .step-edit-save"));
    run.wait_text(
        &format!("{done} .step-title"),
        "Job centre: bring the diploma",
    );
    run.wait("return document.activeElement.classList.contains('step-edit-open')");
    run.js("location.reload(); return true;", json!([]));
    // The window starts again at the (empty) wallet; only then is the route opened.
    run.visible("#wallet-empty", WAIT);
    run.click("#nav-route");
    run.wait_text(
        &format!("{done} .step-title"),
        "Job centre: bring the diploma",
    );
    let meta = run.text(&format!("{done} .step-meta"));
    assert!(
        meta.contains("Mentor: Fatima") && meta.contains("2027"),
        "{meta}"
    );
    run.check("route-edit", "#route-title");
    run.shot("route-add", "#step-form");

    // Arabic: right to left, the template's titles and the helper in Arabic.
    run.language("ar");
    run.click("#nav-route");
    run.wait("return document.documentElement.dir === 'rtl'");
    run.wait(&format!(
        "return document.querySelector('{first_template} .step-title').textContent \
                === 'تعلّم لغة بلدك الجديد'"
    ));
    // The step list is redrawn for the new language; wait for the Arabic helper line there.
    run.wait_text("#route-steps .st-done .step-meta", "المرشد");
    run.check("route-edit", "#route-title");
    run.shot("route-add", "#step-form");
    run.shot("route-steps", "#route-steps .st-done");
    run.click("#route-steps .st-done .step-edit-open");
    run.wait_text("#route-steps .st-done .step-edit h3", "غيّر هذه الخطوة");
    run.check("route-step-form", "#route-steps .st-done");
    run.click("#route-steps .st-done .step-edit-cancel");
    run.click("#nav-profile");
    run.s
        .wait_visible("#language-list .entry", ESCO_WAIT)
        .expect("profile");
    run.check("profile-edit", "#person-form");
    run.shot("profile-experience", "#experience-title");
    // The vacancy is matched again in Arabic (pasted again: the reload above cleared the
    // screen): its skills labelled in Arabic where ESCO can.
    run.click("#nav-match");
    run.set("vacancy-text", VACANCY);
    run.set("vacancy-language", "en");
    run.click("#vacancy-submit");
    run.wait_text(".vacancy-skills li.held", "التفكير بطريقة تحليلية");
    run.check("vacancy", "#vacancy-form");

    // Dutch and Tigrinya, switched in the same window: the vacancy, then profile and route.
    for lang in ["nl", "ti"] {
        run.language(lang);
        run.visible(".vacancy-skills li.held", ESCO_WAIT);
        run.check("vacancy", "#vacancy-form");
        run.click("#nav-profile");
        run.visible("#language-list .entry", ESCO_WAIT);
        run.check("profile-edit", "#person-form");
        run.shot("profile-experience", "#experience-title");
        run.click("#nav-route");
        run.visible(&format!("{first_template} .step-title"), ESCO_WAIT);
        run.check("route-edit", "#route-title");
        run.shot("route-add", "#step-form");
        run.shot("route-steps", "#route-steps .st-done");
        run.click("#nav-match");
    }

    let Run { s, checks, .. } = run;
    s.close().expect("close");
    println!(
        "e2e: profile_route took {} ms",
        started.elapsed().as_millis()
    );
    checks.finish();
}
