"use client";
// The browser tab follows the screen's title. react-admin puts every screen's <Title> into the app
// bar's #react-admin-title element (a portal), so watching that one element covers the generated
// screens and the hand-made ones alike, with no screen having to remember to set it.
import { useEffect } from "react";
import { tabTitle } from "./titles";

export function DocumentTitle() {
  useEffect(() => {
    const target = document.getElementById("react-admin-title");
    if (!target) return;
    const follow = () => {
      document.title = tabTitle(target.textContent ?? "");
    };
    follow();
    const observer = new MutationObserver(follow);
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return null;
}
