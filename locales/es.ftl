# OpenValue's catalogue (es). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Español

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens

# Números escritos en un campo (ui/src/lib/numbers.ts).
app-input-required = obligatorio
app-input-negative = no puede ser negativo: escríbelo sin signo
app-input-not-a-number = escribe un número, por ejemplo { $example }
app-input-wrong-separator = aquí no se usa «{ $symbol }»: escribe los decimales tras «{ $decimal }», por ejemplo { $example }
app-input-bad-grouping = agrupa los millares de tres en tres, o no los agrupes, por ejemplo { $example }
app-input-whole = no se admiten decimales
app-input-places = { $places ->
    [one] como máximo { $places } decimal
   *[other] como máximo { $places } decimales
}
app-input-positive = tiene que ser mayor que cero

# Proyectos
app-projects-title = Proyectos
app-projects-add-title = Añadir un proyecto
app-projects-code = Código
app-projects-code-placeholder = festival
app-projects-name = Nombre
app-projects-name-placeholder = Festival de verano
app-projects-parent = Proyecto padre
app-projects-parent-none = (ninguno)
app-projects-add = Añadir
app-projects-added = Proyecto { $code } añadido.
app-projects-empty = Todavía no hay proyectos.
app-projects-parent-note = Un proyecto padre no transmite nada: el ingreso de cada proyecto se reparte según sus propias aportaciones y su ecuación de valor.

# Inicio de sesión
app-signin-title = Iniciar sesión en { $ledger }
app-signin-intro = Esta cooperativa firma cada cambio con el nombre del miembro que lo hace.
app-signin-who = ¿Quién eres?
app-signin-choose = — elige tu nombre —
app-signin-passphrase = Frase de contraseña
app-signin-checking = Comprobando…
app-signin-submit = Iniciar sesión
app-signin-switch = Abrir otro libro de cuentas…

# Pagos
app-payouts-title = Pagos
app-payouts-record-title = Registrar dinero pagado
app-payouts-to = A
app-payouts-choose = — elige —
app-payouts-account-option = { $handle } ({ $type })
app-payouts-type-member = miembro
app-payouts-type-fund = fondo
app-payouts-amount-in = Importe ({ $currency })
app-payouts-amount = Importe
app-payouts-date = Fecha
app-payouts-method = Forma de pago
app-payouts-note = Nota
app-payouts-status = Estado
app-payouts-record = Registrar el pago
app-payouts-recorded = Pago de { $amount } { $currency } a { $account } registrado.
app-payouts-overpay-title = Este pago supera lo pendiente.
app-payouts-overpay-yes = Sí, registrarlo
app-payouts-cancel = Cancelar (Esc)
app-payouts-status-void = anulado
app-payouts-status-paid = pagado
app-payouts-void = Anular…
app-payouts-void-question = ¿Anular el pago de { $amount } { $currency } a { $account } del { $date }?
app-payouts-void-explain = Hazlo con un pago registrado por error (el dinero nunca salió). Dejará de contar como pagado, así que a { $account } se le deberán { $amount } más. Sigue en la lista, tachado. Una anulación no se puede deshacer: si al final el dinero sí se pagó, vuelve a registrar el pago.
app-payouts-void-yes = Sí, anularlo
app-payouts-voided = Pago de { $amount } { $currency } a { $account } del { $date } anulado: ya no cuenta como pagado, así que vuelve a estar pendiente para { $account }. Sigue en la lista, tachado.
app-payouts-empty = Todavía no hay pagos.


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

