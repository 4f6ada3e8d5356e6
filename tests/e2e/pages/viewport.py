"""What any page looks like on a phone: whether it fits the screen's width, and whether its controls are
big enough to touch. Measured in the page, the same way against a deployment."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, ViewportSize

PHONE: ViewportSize = {"width": 375, "height": 812}
# WCAG 2.5.5 (target size): 44 by 44 CSS pixels.
TOUCH_TARGET_PX = 44

# A control's target is its label when it has one around it (a checkbox is touched by its words too).
_SMALL_TARGETS = """(minimum) => {
  const controls = document.querySelectorAll(
    'main button, main select, main input, main [role=checkbox], header button, header a'
  );
  const small = [];
  for (const control of controls) {
    if (control.type === 'hidden' || control.getAttribute('aria-hidden') === 'true') continue;
    const style = getComputedStyle(control);
    if (style.visibility === 'hidden' || style.opacity === '0') continue;
    if (control.closest('.results-waiting, [hidden]')) continue;
    const target = control.closest('label') || control;
    const box = target.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.width < minimum || box.height < minimum) {
      const name = control.getAttribute('aria-label') || target.innerText || control.name || control.id;
      small.push(`${control.tagName.toLowerCase()} "${(name || '').trim().slice(0, 40)}": `
        + `${Math.round(box.width)}x${Math.round(box.height)}`);
    }
  }
  return small;
}"""


def overflow_px(page: Page) -> int:
    """How far the page is wider than the screen (0 when it fits: scrollWidth <= innerWidth)."""
    return int(page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))


def small_touch_targets(page: Page) -> list[str]:
    """The visible controls (or their labels) smaller than 44 x 44 px, each as 'tag "name": WxH'."""
    return list(page.evaluate(_SMALL_TARGETS, TOUCH_TARGET_PX))


def header(page: Page) -> Locator:
    return page.get_by_role("banner")


def rows_of(page: Page, *items: Locator) -> int:
    """On how many rows these items sit (items whose vertical centres are within 8 px share one)."""
    centres: list[float] = []
    for item in items:
        box = item.bounding_box()
        assert box is not None, f"{item} is not on screen"
        centre = box["y"] + box["height"] / 2
        if not any(abs(centre - seen) <= 8 for seen in centres):
            centres.append(centre)
    return len(centres)
