"""Leads worklist `/store/leads`: the store's leads, now serviceable first; staff move a lead along its
statuses, take it, set a follow-up date, leave notes, and open it as a customer (the 360 with the lead's
address in the order form)."""

import reflex as rx
from pydantic import BaseModel

from storefront import routes
from storefront.clients import retail
from storefront.clients.http import BffError
from storefront.forms import field
from storefront.staff_words import lead_status_words, next_lead_statuses, store_label
from storefront.state.auth import AuthState
from storefront.views import format_day, format_when


class StatusChoice(BaseModel):
    value: str = ""
    label: str = ""


class LeadRow(BaseModel):
    id: str = ""
    name: str = ""
    contact: str = ""
    phone: str = ""
    address: str = ""
    interest: str = ""
    registered: str = ""
    status: str = ""
    status_words: str = ""
    is_open: bool = True
    lost_reason: str = ""
    assignee: str = ""
    follow_up: str = ""
    follow_up_words: str = ""
    now_serviceable: bool = False
    customer_id: str = ""
    order_id: str = ""
    next_statuses: list[StatusChoice] = []
    notes: list[str] = []


def _row(lead: retail.WorkedLead) -> LeadRow:
    return LeadRow(
        id=lead.id,
        name=f"{lead.given_name} {lead.family_name}".strip(),
        contact=" · ".join(part for part in (lead.email, lead.phone) if part),
        phone=lead.phone,
        address=f"{lead.house_number}, {lead.postcode}",
        interest=lead.interest,
        registered=format_when(lead.created_at),
        status=lead.status,
        status_words=lead_status_words(lead.status),
        is_open=lead.status not in ("won", "lost"),
        lost_reason=lead.lost_reason,
        assignee=(lead.assignee.name or lead.assignee.id) if lead.assignee else "",
        follow_up=lead.follow_up,
        follow_up_words=format_day(lead.follow_up),
        now_serviceable=lead.now_serviceable,
        customer_id=lead.customer_id,
        order_id=lead.order_id,
        next_statuses=[
            StatusChoice(value=s, label=lead_status_words(s)) for s in next_lead_statuses(lead.status)
        ],
        notes=[f"{n.text} — {n.author_name}, {format_when(n.created_at)}" for n in lead.notes],
    )


class LeadsState(rx.State):
    loading: bool = True
    error: str = ""
    store_id: str = ""
    store_name: str = ""
    now_serviceable: int = 0
    leads: list[LeadRow] = []
    busy_id: str = ""
    checking: bool = False
    saved: str = ""
    lead_errors: dict[str, str] = {}

    async def _token(self) -> str:
        return await (await self.get_state(AuthState)).access_token() or ""

    def _show(self, answer: retail.StoreLeads) -> None:
        self.store_id = answer.store_id
        self.store_name = store_label(answer.store_name, answer.store_id)
        self.now_serviceable = answer.now_serviceable
        self.leads = [_row(lead) for lead in answer.leads]

    @rx.event(background=True)
    async def load(self):
        async with self:
            token = await self._token()
            if not token:
                return AuthState.sign_in(routes.STORE_LEADS, False)
            self.loading = not self.store_id
            self.error = ""
        await self._read(token, recheck=False)
        return None

    @rx.event(background=True)
    async def check_coverage(self):
        """Ask about every open lead's address now (a roll-out may have reached it)."""
        async with self:
            token = await self._token()
            self.checking = True
        await self._read(token, recheck=True)
        async with self:
            self.checking = False

    async def _read(self, token: str, *, recheck: bool) -> None:
        try:
            store_id = self.store_id or (await retail.get_me(token)).store_id
            answer = await retail.list_leads(token, store_id, recheck=recheck)
        except BffError as exc:
            async with self:
                self.loading = False
                self.error = exc.message
            return
        async with self:
            self.loading = False
            self._show(answer)

    async def _change(self, lead_id: str, changes: dict[str, object], done: str) -> None:
        async with self:
            token, store_id = await self._token(), self.store_id
            self.busy_id, self.saved = lead_id, ""
            self.lead_errors = {k: v for k, v in self.lead_errors.items() if k != lead_id}
        try:
            lead = await retail.update_lead(token, store_id, lead_id, changes)
        except BffError as exc:
            async with self:
                self.busy_id = ""
                self.lead_errors = {**self.lead_errors, lead_id: exc.message}
            return
        async with self:
            self.busy_id = ""
            self.saved = done
            self.leads = [_row(lead) if row.id == lead_id else row for row in self.leads]

    @rx.event(background=True)
    async def save(self, form: dict[str, str]):
        """One lead's form: a new status (lost needs a reason), the follow-up date, a note."""
        lead_id = field(form, "lead_id")
        status, reason, follow_up, note = (
            field(form, "status"),
            field(form, "lost_reason"),
            field(form, "follow_up"),
            field(form, "note"),
        )
        changes: dict[str, object] = {"followUp": follow_up or None}
        if status:
            changes["status"] = status
        if status == "lost":
            if not reason:
                async with self:
                    self.lead_errors = {**self.lead_errors, lead_id: "Say why the lead is lost."}
                return
            changes["lostReason"] = reason
        if note:
            changes["note"] = note
        await self._change(lead_id, changes, "Lead saved.")

    @rx.event(background=True)
    async def take(self, lead_id: str):
        await self._change(lead_id, {"assignToMe": True}, "The lead is yours.")

    @rx.event(background=True)
    async def open_as_customer(self, form: dict[str, str]):
        lead_id, phone = field(form, "lead_id"), field(form, "phone")
        async with self:
            token, store_id = await self._token(), self.store_id
            self.busy_id = lead_id
        try:
            lead = await retail.open_lead(token, store_id, lead_id, phone)
        except BffError as exc:
            async with self:
                self.busy_id = ""
                self.lead_errors = {**self.lead_errors, lead_id: exc.message}
            return None
        async with self:
            self.busy_id = ""
        return rx.redirect(routes.store_customer_lead_url(lead.customer_id, lead.id))
