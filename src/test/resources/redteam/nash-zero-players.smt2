; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the profile  is a Nash equilibrium: no player gains by any mixed deviation
; kind: nash
; subject: zero
; fingerprint: game sha256:62eb78a23204382a2562f594ed5a50b455629e9a685cd7cc0db57159ce25aa5e
; tool: equicert 0.1.0
; data: {"kind":"nash","game":{"title":"zero","actions":[],"payoffs":[]},"profile":[],"epsilon":"0"}
(set-info :status unsat)
(set-logic QF_LRA)
; payoffs u_<player>_<profile> (profiles in Gambit order, player 1 fastest)
; the profile: s_<player>_<action>
; eu_<player>_<action>: payoff of the action against the others' strategies; eu_<player>: expected payoff
(define-fun epsilon () Real 0.0)
; deviation d_<player>_<action>: any mixed strategy of that player
; negation of the claim: the profile is invalid, a numeral below misstates a payoff, or some player has a deviation gaining more than epsilon
(assert false)
(check-sat)
(exit)
