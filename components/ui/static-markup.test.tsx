import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { runChecks } from "../../lib/checks";
import { ChecksPanel } from "../disclosure/checks-panel";
import { seedDisclosureView } from "../disclosure/fixture";
import { compactMarkup, StaticMarkup } from "./static-markup";

const seedView = seedDisclosureView();

describe("StaticMarkup", () => {
  it("renders the 434 disclosure and its checks exactly as the components themselves do, text separators included", () => {
    // renderToString keeps the <!-- --> between adjacent texts that hydration relies on.
    expect(renderToString(<StaticMarkup>{seedView}</StaticMarkup>)).toBe(renderToString(seedView));
    const panel = <ChecksPanel findings={runChecks(ZHENGDING_434_2018)} lang="en" />;
    expect(renderToString(<StaticMarkup>{panel}</StaticMarkup>)).toBe(renderToString(panel));
  });

  it("sends each distinct tag with its attributes once, so the payload is far smaller than the elements spelled out", () => {
    const markup = compactMarkup(seedView);
    const elements = JSON.stringify(markup.nodes).split("[").length - 1;
    expect(markup.shapes.length).toBeLessThan(elements / 2);
    // Empty attributes are not sent at all (an undefined attribute would still cost its name).
    expect(JSON.stringify(markup)).not.toContain("undefined");
    expect(JSON.stringify(markup).length).toBeLessThan(60_000);
  });

  it("keeps texts, numbers and fragments, and drops what React does not render", () => {
    const markup = compactMarkup(
      <p className="x">
        {2018}年{null}
        {false}
        <>
          <b>粗</b>
          {undefined}
        </>
      </p>,
    );
    expect(markup).toEqual({ shapes: [["p", { className: "x" }], ["b", null]], nodes: [[0, "2018", "年", [1, "粗"]]] });
  });

  it("refuses what is not fixed markup, naming it", () => {
    const clientComponent = Object.assign(() => null, { $$typeof: Symbol.for("react.client.reference") });
    expect(() => compactMarkup(<div>{(() => null)()}</div>)).not.toThrow();
    expect(() => compactMarkup(<button onClick={() => undefined}>x</button>)).toThrow(/<button onClick> is not markup/);
    async function Later() {
      return <p />;
    }
    expect(() => compactMarkup(<Later />)).toThrow(/Later is async/);
    const Client = clientComponent as unknown as () => null;
    expect(() => compactMarkup(<Client />)).toThrow(/not an HTML element or a plain server component/);
  });
});
