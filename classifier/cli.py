"""Commands of the classifier: ``yuqing train``, ``yuqing evaluate``, ``yuqing classify``."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import typer

DataOpt = Annotated[Path, typer.Option("--data", help="Labelled messages: .xlsx or .csv (or a corpus folder of .csv).")]
TitleOpt = Annotated[str, typer.Option("--title-col", help="Column with the title.")]
BodyOpt = Annotated[str, typer.Option("--body-col", help="Column with the message body.")]
LabelOpt = Annotated[str, typer.Option("--label-col", help="Column with the label.")]
IdOpt = Annotated[str, typer.Option("--id-col", help="Column with the message id (optional in the file).")]
JurisdictionOpt = Annotated[
    Path | None, typer.Option("--jurisdiction", help="Jurisdiction folder (vocabulary, taxonomy); default: settings.")
]


def _read(path: Path, title: str, body: str, label: str, id_: str) -> Any:
    from classifier.dataset import Columns, read_corpus_dir, read_dataset

    if path.is_dir():
        return read_corpus_dir(path)
    return read_dataset(path, Columns(title=title, body=body, label=label, id=id_))


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2) from exc


def register(app: typer.Typer) -> None:
    """Add the classifier commands to ``app``."""

    @app.command("train")
    def train_cmd(
        data: DataOpt,
        out: Annotated[Path, typer.Option("--out", help="Folder to write the model artifact into.")],
        jurisdiction: JurisdictionOpt = None,
        with_corrections: Annotated[
            str | None, typer.Option("--with-corrections", help="Database URL: add the desk's topic corrections.")
        ] = None,
        allow_small_data: Annotated[
            bool,
            typer.Option(
                "--allow-small-data",
                help="Train even when a class has fewer than 10 examples (at least 2): for experiments only.",
            ),
        ] = False,
        title_col: TitleOpt = "留言主题",
        body_col: BodyOpt = "留言详情",
        label_col: LabelOpt = "一级分类",
        id_col: IdOpt = "留言编号",
    ) -> None:
        """Train a topic model on labelled messages and save it (one versioned artifact).

        Every label must be a topic of the jurisdiction's taxonomy (rows with unknown labels are
        listed), and each class needs at least 10 examples unless --allow-small-data is given.
        """
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from classifier.errors import ClassifierError
        from classifier.training import (
            MIN_PER_CLASS,
            SMALL_DATA_MIN,
            check_class_sizes,
            corrections_from_db,
            map_labels,
            merge,
            train,
        )
        from yuqing.errors import YuqingError
        from yuqing.settings import load_settings

        folder = jurisdiction or load_settings().jurisdiction_dir
        try:
            dataset = _read(data, title_col, body_col, label_col, id_col)
            if with_corrections:
                dataset = merge(dataset, corrections_from_db(with_corrections))
            dataset = map_labels(dataset, folder)
            minimum = SMALL_DATA_MIN if allow_small_data else MIN_PER_CLASS
            if allow_small_data:
                small = {k: v for k, v in Counter(dataset.labels).items() if v < MIN_PER_CLASS}
                if small:
                    listed = ", ".join(f"{k} ({v})" for k, v in sorted(small.items()))
                    typer.echo(
                        f"warning: --allow-small-data: classes under {MIN_PER_CLASS} examples: {listed}", err=True
                    )
            check_class_sizes(dataset, minimum)
            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            with Progress(*columns, transient=False) as bar:
                task = bar.add_task("segmenting", total=len(dataset))

                def phase(name: str) -> None:
                    bar.update(task, description=name)

                model = train(
                    dataset, folder, progress=phase, advance=lambda n: bar.advance(task, n), min_per_class=minimum
                )
            path = model.save(out)
        except (ClassifierError, YuqingError) as exc:
            _fail(exc)
        typer.echo(f"trained on {len(dataset)} messages, {len(model.labels)} topics: {', '.join(model.labels)}")
        typer.echo(f"model {model.version} written to {path} ({path.stat().st_size / 1e6:.2f} MB)")

    @app.command("evaluate")
    def evaluate_cmd(
        data: DataOpt,
        model_dir: Annotated[Path | None, typer.Option("--model", help="Trained model folder to score.")] = None,
        cv: Annotated[int, typer.Option("--cv", help="k-fold cross-validation instead of a trained model.")] = 0,
        cv_seed: Annotated[int, typer.Option("--cv-seed", help="Seed of the fold assignment for --cv.")] = 0,
        as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
        png: Annotated[Path | None, typer.Option("--png", help="Write the confusion matrix picture here.")] = None,
        jurisdiction: JurisdictionOpt = None,
        title_col: TitleOpt = "留言主题",
        body_col: BodyOpt = "留言详情",
        label_col: LabelOpt = "一级分类",
        id_col: IdOpt = "留言编号",
    ) -> None:
        """Accuracy, macro-F1, per-class P/R/F1 and confusion matrix of a model (or of k-fold CV)."""
        from classifier.errors import ClassifierError
        from classifier.evaluation import cross_validate, evaluate_model, plot_confusion
        from classifier.model import TopicModel, load_model
        from classifier.training import map_labels, vocabulary
        from yuqing.errors import YuqingError
        from yuqing.settings import load_settings

        folder = jurisdiction or load_settings().jurisdiction_dir
        try:
            dataset = map_labels(_read(data, title_col, body_col, label_col, id_col), folder)
            if cv:
                if cv < 2:
                    raise typer.BadParameter("--cv needs at least 2 folds")
                userdict, stop = vocabulary(folder)
                report = cross_validate(
                    dataset, lambda: TopicModel(userdict=userdict, stopwords=stop), cv, seed=cv_seed
                )
            else:
                if model_dir is None:
                    raise typer.BadParameter("give --model DIR, or --cv K for cross-validation")
                report = evaluate_model(load_model(model_dir), dataset)
        except (ClassifierError, YuqingError) as exc:
            _fail(exc)
        result = report.as_json()
        if png:
            result["confusion_png"] = str(plot_confusion(report, png))
        if as_json:
            typer.echo(json.dumps(result, ensure_ascii=False))
        else:
            typer.echo(report.as_text())
            if png:
                typer.echo(f"confusion matrix picture: {png}")

    @app.command("classify")
    def classify_cmd(
        model_dir: Annotated[Path | None, typer.Option("--model", help="Model folder (default: settings).")] = None,
        group: Annotated[str, typer.Option("--group", help="Kafka consumer group.")] = "yuqing-classify",
        idle_exit: Annotated[
            float | None, typer.Option("--idle-exit", help="Exit after this many idle seconds.")
        ] = None,
        dry_run: Annotated[
            bool,
            typer.Option(
                "--dry-run",
                help="Classify lines of standard input (text, or JSON with title/text) and print one JSON "
                "object per line; no broker, no database, nothing published.",
            ),
        ] = False,
        rules_in_force: Annotated[
            bool,
            typer.Option(
                "--rules-in-force",
                help="With --dry-run: route and name topics with the routing and taxonomy in force in the "
                "database (the online edits) instead of the YAML files.",
            ),
        ] = False,
        jurisdiction: JurisdictionOpt = None,
    ) -> None:
        """Classify items.raw into items.classified (runs until stopped; start several to share load)."""
        import threading

        from classifier.engine import load_classifier
        from classifier.errors import ClassifierError
        from classifier.worker import run_classifier
        from yuqing.errors import YuqingError
        from yuqing.logs import configure_logging
        from yuqing.settings import load_settings
        from yuqing.worker import install_stop_signals

        settings = load_settings()
        folder = jurisdiction or settings.jurisdiction_dir
        if not dry_run:
            configure_logging(settings.log_level, settings.log_json, "classify")
        try:
            model = model_dir or (folder / "model" if jurisdiction else settings.model_dir)
            classifier = load_classifier(folder, model)
        except (ClassifierError, YuqingError) as exc:
            _fail(exc)
        if rules_in_force and not dry_run:
            _fail(ValueError("--rules-in-force goes with --dry-run (the stage always follows the rules in force)"))
        if dry_run:
            if rules_in_force:
                _use_rules_in_force(classifier, settings, folder)
            _dry_run(classifier)
            return
        stop = threading.Event()
        install_stop_signals(stop)
        stats = run_classifier(settings, classifier, group=group, stop=stop, idle_exit_s=idle_exit)
        typer.echo(f"classified {stats.processed} items, dead-lettered {stats.dead_lettered}")


def _use_rules_in_force(classifier: Any, settings: Any, folder: Path) -> None:
    """The routing and taxonomy in force in the database, for a dry run (said on standard error)."""
    from sqlalchemy.exc import SQLAlchemyError

    from classifier.worker import use_rules_in_force
    from yuqing.db.engine import make_engine, make_session_factory
    from yuqing.db.problems import database_problem
    from yuqing.errors import YuqingError

    engine = make_engine(settings.effective_database_url)
    try:
        with make_session_factory(engine)() as session:
            routing, taxonomy = use_rules_in_force(session, classifier, folder)
    except SQLAlchemyError as exc:
        _fail(RuntimeError(f"cannot read the rules in force: {database_problem(exc)}"))
    except YuqingError as exc:
        _fail(exc)
    finally:
        engine.dispose()
    named = [
        f"{name} {f'version {number}' if number else 'file (no version in the database)'}"
        for name, number in (("routing", routing), ("taxonomy", taxonomy))
    ]
    typer.echo(f"rules in force: {', '.join(named)}", err=True)


def _dry_run(classifier: Any) -> None:
    """Standard input → one JSON line per input line on standard output; bad lines are reported on
    standard error as well, and make the exit code 1 once every line has been handled."""
    import sys

    from classifier.dryrun import classify_lines, text_lines

    batch = 1 if sys.stdin.isatty() else 256  # interactive: answer each line at once
    failed = 0
    told_encoding = False
    for out in classify_lines(classifier, text_lines(sys.stdin.buffer), batch=batch):
        if "encoding" in out and not told_encoding:
            told_encoding = True
            typer.echo(f"line {out['line']} is not UTF-8: read as {out['encoding'].upper()}", err=True)
        if "error" in out:
            failed += 1
            typer.echo(f"line {out['line']}: {out['error']}", err=True)
        typer.echo(json.dumps(out, ensure_ascii=False))
        sys.stdout.flush()
    if failed:
        typer.echo(f"{failed} line(s) could not be classified", err=True)
        raise typer.Exit(1)
